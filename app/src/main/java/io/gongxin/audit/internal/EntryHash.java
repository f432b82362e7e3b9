package io.gongxin.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

import io.gongxin.audit.QueryLogEntry;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 over the previous link's hash and every field of the entry, in a fixed, unambiguous form. */
final class EntryHash {

	static final byte[] GENESIS = new byte[32];

	private EntryHash() {
	}

	static byte[] of(byte[] previous, long id, QueryLogEntry entry) {
		String canonical = String.join("\u001F", String.valueOf(id),
				String.valueOf(entry.at().toInstant().truncatedTo(ChronoUnit.MICROS)), entry.queryId().toString(),
				String.valueOf(entry.username()), String.valueOf(entry.organisation()), String.valueOf(entry.role()),
				entry.subject() == null ? "null" : String.valueOf(entry.subject().value()), String.join("\u001E", entry.items()),
				String.valueOf(entry.matter()), String.valueOf(entry.purpose()), String.valueOf(entry.authorizationId()),
				entry.channel());
		SM3Digest digest = new SM3Digest();
		digest.update(previous, 0, previous.length);
		byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}
}
