/**
 * What every module stands on: the embedded PostgreSQL, problem responses with stable codes, the
 * clock and the data directory. It depends on no other module.
 */
package io.gongxin.platform;
