package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** A whole file read through a strict decoder, in bounded buffers: the check {@link Encodings} makes per charset. */
final class StrictDecoding {

	private StrictDecoding() {
	}

	/** Whether the whole file decodes without a malformed or unmappable byte, and holds no NUL. */
	static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = n < 0;
				if (n > 0) {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError()) {
					return false;
				}
				if (end && decoder.flush(chars).isError()) {
					return false;
				}
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\0') {
						return false;
					}
				}
				chars.clear();
				bytes.compact();
			}
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		return true;
	}
}
