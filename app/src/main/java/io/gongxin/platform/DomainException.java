package io.gongxin.platform;

import java.util.Map;

/**
 * A rule of the platform refused what was asked, with a stable {@code code} the client can act on. The
 * domain says only what kind of refusal it is ({@link Kind}); the {@code platform} module maps kinds to
 * HTTP statuses and codes to RFC 9457 problems in one place, so no module outside it knows HTTP.
 * <p>
 * The message is looked up as {@code problem.<code>} in the message bundle, in the caller's language, with
 * {@code args}; {@code properties} are added to the problem as they are (a genuine map: the problem's
 * extension members). Never put a plaintext resident id number in the arguments or properties.
 */
public class DomainException extends RuntimeException {

	/** A property (seconds) that is also sent as the {@code Retry-After} header, for a throttled caller. */
	public static final String RETRY_AFTER = "retryAfter";

	/** What kind of refusal this is; the platform answers each with one HTTP status. */
	public enum Kind {

		/** The input breaks a rule of form or content. */
		INVALID,
		/** What was named does not exist, or the caller may not know that it does. */
		NOT_FOUND,
		/** The caller is known but the law or their role does not allow this. */
		NOT_PERMITTED,
		/** The caller is not signed in or their credential is not valid. */
		UNAUTHENTICATED,
		/** The thing is in a state that does not allow this now. */
		CONFLICT,
		/** The caller asked too often; {@link #RETRY_AFTER} says when to come back. */
		TOO_MANY,
		/** The input is larger than the platform accepts. */
		TOO_LARGE,
		/** The input's format is not one the platform reads. */
		UNSUPPORTED_FORMAT,
		/** The answer cannot be given in a format the caller accepts. */
		NOT_ACCEPTABLE,
		/** The size of the input must be declared before it is sent. */
		LENGTH_REQUIRED,
		/** A dependency is away; the caller may retry. */
		UNAVAILABLE,
		/** The platform failed to do what it should have done; nothing the caller did. */
		FAILED
	}

	private final Kind kind;

	private final String code;

	private final Object[] args;

	private final Map<String, Object> properties;

	public DomainException(Kind kind, String code, Object... args) {
		this(kind, code, Map.of(), args);
	}

	public DomainException(Kind kind, String code, Map<String, Object> properties, Object... args) {
		super(code, null, false, false);
		this.kind = kind;
		this.code = code;
		this.args = args.clone();
		this.properties = Map.copyOf(properties);
	}

	public static DomainException invalid(String code, Object... args) {
		return new DomainException(Kind.INVALID, code, args);
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(Kind.NOT_FOUND, code, args);
	}

	public static DomainException notPermitted(String code, Object... args) {
		return new DomainException(Kind.NOT_PERMITTED, code, args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(Kind.CONFLICT, code, args);
	}

	public static DomainException unavailable(String code, Object... args) {
		return new DomainException(Kind.UNAVAILABLE, code, args);
	}

	public Kind kind() {
		return kind;
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
