package io.gongxin.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the client caused or must know about, answered as an RFC 9457 problem with a stable
 * {@code code}. The message is looked up as {@code problem.<code>} in the message bundle, in the
 * caller's language, with {@code args}; {@code properties} are added to the problem as they are.
 * Never put a plaintext resident id number in the arguments or properties.
 */
public class ProblemException extends RuntimeException {

	/** A property (seconds) that is also sent as the {@code Retry-After} header, for a 429. */
	public static final String RETRY_AFTER = "retryAfter";

	private final HttpStatus status;

	private final String code;

	private final Object[] args;

	private final Map<String, Object> properties;

	public ProblemException(HttpStatus status, String code, Object... args) {
		this(status, code, Map.of(), args);
	}

	public ProblemException(HttpStatus status, String code, Map<String, Object> properties, Object... args) {
		super(code, null, false, false);
		this.status = status;
		this.code = code;
		this.args = args.clone();
		this.properties = Map.copyOf(properties);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
