package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text upload is in. Most departments export CSV from Excel on Chinese Windows, which
 * writes GB18030 (GBK); others send UTF-8 with or without a byte-order mark. The whole file is checked
 * with a strict decoder, UTF-8 first: a file that is neither is refused, never guessed.
 */
final class Encodings {

	static final Charset GB18030 = Charset.forName("GB18030");

	private Encodings() {
	}

	static Charset detect(Path file) throws IOException {
		byte[] head = new byte[4];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, 4);
		}
		if (read >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
			throw new BatchFileException("INVALID_ENCODING", 1);
		}
		if (StrictDecoding.decodes(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (StrictDecoding.decodes(file, GB18030)) {
			return GB18030;
		}
		throw new BatchFileException("INVALID_ENCODING", 1);
	}
}
