/**
 * 信用报告: HTML and PDF credit reports of a subject as the caller may see it, each with a number and a
 * digest anyone can verify. Reads go through {@code query}, so every report is on the query log.
 */
package io.gongxin.report;
