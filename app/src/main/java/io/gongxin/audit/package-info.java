/**
 * 日志: the append-only, tamper-evident query log and its verification. Entries are written
 * in the reader's transaction, or, for an interactive read, committed by the node's group writer (many readers' entries
 * in one insert and one commit) before the read returns: no entry, no data. A single sealer chains them with SM3.
 */
package io.gongxin.audit;
