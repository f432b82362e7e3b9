package io.gongxin.dispute.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.gongxin.platform.DomainException;

/** Evidence is PDF, PNG or JPEG, recognised by its content, never by its name; its digest is SHA-256. */
final class EvidenceFormat {

	private EvidenceFormat() {
	}

	/** The file's type from its first bytes; anything but PDF, PNG or JPEG is refused. */
	static String sniff(byte[] head) {
		if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
			return "application/pdf";
		}
		if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return "image/png";
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		throw new DomainException(DomainException.Kind.UNSUPPORTED_FORMAT, "UNSUPPORTED_ATTACHMENT");
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
