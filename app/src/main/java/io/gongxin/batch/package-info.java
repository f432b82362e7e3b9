/**
 * 批量报送: batch files of records (CSV in UTF-8 or GB18030, XLSX, JSON Lines, zipped or not): upload with its
 * limits, the background pipeline (readers, encoding detection, zip guard, chunked commits, set-based merge,
 * crash recovery), the error report, the XLSX templates, and the provider's workspace pages. Each row is
 * checked by {@link io.gongxin.collection.RecordCheck}, exactly as a submission by API.
 */
package io.gongxin.batch;
