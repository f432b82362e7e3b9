package io.gongxin.batch.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, written straight to the copy stream: a signature, per row its
 * field count and each field as its length and bytes (length -1 for null), and a trailer. Each value in its
 * type's binary form: uuid 16 bytes, integer 4, bigint 8, boolean 1, date as days since 2000-01-01, text as
 * UTF-8, jsonb as its version byte 1 and the JSON text. No quoting or escaping, so no value can be misread.
 */
final class BinaryCopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private static final long POSTGRES_EPOCH = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final int JSONB_VERSION = 1;

	private final DataOutputStream out;

	/** Writes the signature, no flags and no header extension. */
	BinaryCopyRows(OutputStream out) throws IOException {
		this.out = new DataOutputStream(out);
		this.out.write(SIGNATURE);
		this.out.writeInt(0);
		this.out.writeInt(0);
	}

	/** Starts a row of so many fields. */
	BinaryCopyRows row(int fields) throws IOException {
		out.writeShort(fields);
		return this;
	}

	BinaryCopyRows uuid(UUID value) throws IOException {
		out.writeInt(16);
		out.writeLong(value.getMostSignificantBits());
		out.writeLong(value.getLeastSignificantBits());
		return this;
	}

	BinaryCopyRows integer(int value) throws IOException {
		out.writeInt(4);
		out.writeInt(value);
		return this;
	}

	BinaryCopyRows bigint(long value) throws IOException {
		out.writeInt(8);
		out.writeLong(value);
		return this;
	}

	BinaryCopyRows bool(Boolean value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(1);
		out.writeByte(value ? 1 : 0);
		return this;
	}

	BinaryCopyRows date(LocalDate value) throws IOException {
		if (value == null) {
			return nul();
		}
		out.writeInt(4);
		out.writeInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH));
		return this;
	}

	BinaryCopyRows text(String value) throws IOException {
		return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8), false);
	}

	/** A jsonb value from its JSON text in UTF-8. */
	BinaryCopyRows jsonb(byte[] json) throws IOException {
		return json == null ? nul() : bytes(json, true);
	}

	/** The trailer; flushes. */
	void finish() throws IOException {
		out.writeShort(-1);
		out.flush();
	}

	private BinaryCopyRows bytes(byte[] value, boolean jsonb) throws IOException {
		out.writeInt(value.length + (jsonb ? 1 : 0));
		if (jsonb) {
			out.writeByte(JSONB_VERSION);
		}
		out.write(value);
		return this;
	}

	private BinaryCopyRows nul() throws IOException {
		out.writeInt(-1);
		return this;
	}
}
