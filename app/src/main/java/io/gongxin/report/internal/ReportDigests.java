package io.gongxin.report.internal;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** The SM3 digest printed on a report and kept for its verification. */
@Component
class ReportDigests {

	private final ObjectMapper json;

	ReportDigests(ObjectMapper json) {
		this.json = json;
	}

	/** SM3 over the canonical JSON of the content without its digest. */
	String digest(ReportContent content) {
		byte[] canonical = json.writeValueAsBytes(content.withDigest(null));
		SM3Digest sm3 = new SM3Digest();
		sm3.update(canonical, 0, canonical.length);
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
