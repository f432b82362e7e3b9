/**
 * 信用记录: the record store and each record's life. Records are written only through
 * {@link io.gongxin.record.Records}; each change keeps the previous version with who, when and why.
 */
package io.gongxin.record;
