/**
 * Demo mode ({@code --demo}): the demo organisations and accounts of API.md and a synthetic city; and,
 * outside demo mode, the guard that refuses to run with the demo's default secrets.
 */
package io.gongxin.demo;
