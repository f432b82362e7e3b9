package io.gongxin.platform.internal;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

final class CountingStream extends ServletInputStream {

	private final ServletInputStream in;

	private final long max;

	private long read;

	CountingStream(ServletInputStream in, long max) {
		this.in = in;
		this.max = max;
	}

	@Override
	public int read() throws IOException {
		int b = in.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) throws BodyTooLarge {
		read += n;
		if (read > max) {
			throw new BodyTooLarge();
		}
	}

	@Override
	public boolean isFinished() {
		return in.isFinished();
	}

	@Override
	public boolean isReady() {
		return in.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		in.setReadListener(listener);
	}
}
