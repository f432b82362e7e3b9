package io.gongxin.platform;

/**
 * The largest file an upload endpoint takes. A module declares one bean per endpoint; a multipart POST
 * whose declared length exceeds the limit is refused with 413 {@code FILE_TOO_LARGE} before its body is
 * read (so before it is spooled to disk), whatever the global {@code spring.servlet.multipart} ceiling.
 *
 * @param pathPattern a Spring path pattern, e.g. {@code /api/v1/objections/{id}/attachments}
 * @param maxBytes the largest file, in bytes; the rest of the multipart envelope is allowed on top
 */
public record UploadLimit(String pathPattern, long maxBytes) {

	/** Room for the multipart boundaries, part headers and small form fields beside the file. */
	public static final long ENVELOPE = 64 * 1024;
}
