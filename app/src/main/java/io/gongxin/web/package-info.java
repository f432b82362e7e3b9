/**
 * 门户 / 后台: the layout of the server-rendered pages, the portal's home and each actor's way to their
 * workspace, and the centre's dashboard. Each capability serves its own pages next to its API (a
 * {@link io.gongxin.platform.PageController} in its {@code internal} package), so a page calls the same
 * checked, logged use cases as the API.
 */
package io.gongxin.web;
