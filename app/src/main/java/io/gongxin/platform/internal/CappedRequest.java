package io.gongxin.platform.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body stream fails once more than {@code max} bytes have been read ({@link RequestBodyLimit}). */
final class CappedRequest extends HttpServletRequestWrapper {

	private final long max;

	private ServletInputStream stream;

	CappedRequest(HttpServletRequest request, long max) {
		super(request);
		this.max = max;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new CountingStream(super.getInputStream(), max);
		}
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		return new BufferedReader(new InputStreamReader(getInputStream(),
				getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
	}
}
