/**
 * 日志: the append-only, tamper-evident query log and its verification. Entries are written
 * in the reader's transaction (no entry, no data); a single sealer chains them with SM3.
 */
package io.gongxin.audit;
