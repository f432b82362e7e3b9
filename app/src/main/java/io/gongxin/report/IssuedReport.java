package io.gongxin.report;

/** A report as issued: its number, the media type and the bytes to send. */
public record IssuedReport(String number, String mediaType, byte[] body) {
}
