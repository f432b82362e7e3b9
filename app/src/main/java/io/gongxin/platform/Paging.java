package io.gongxin.platform;

import java.util.List;
import java.util.Map;


/**
 * One page of a list a client asked for, checked: {@code page} from 0 to {@link #MAX_PAGE}, {@code limit} from 1
 * to the endpoint's maximum. Anything else is 400 {@code PAGE_OUT_OF_RANGE} naming the parameter, so that no
 * {@code page * limit} can overflow or send the database scanning for ever.
 *
 * @param page the page, from 0
 * @param limit entries per page
 */
public record Paging(int page, int limit) {

	/** Deeper than this nobody pages by hand; a client that needs everything has an export. */
	public static final int MAX_PAGE = 10_000;

	/**
	 * @param page the requested page, {@code null} for the first
	 * @param limit the requested size, {@code null} for {@code defaultLimit}
	 * @param limitName the parameter's name as the endpoint documents it ({@code limit}, {@code size})
	 */
	public static Paging of(Integer page, Integer limit, String limitName, int defaultLimit, int maxLimit) {
		int p = page == null ? 0 : page;
		int l = limit == null ? defaultLimit : limit;
		if (p < 0 || p > MAX_PAGE) {
			throw outOfRange("page", 0, MAX_PAGE);
		}
		if (l < 1 || l > maxLimit) {
			throw outOfRange(limitName, 1, maxLimit);
		}
		return new Paging(p, l);
	}

	/** Rows to skip; at most {@code MAX_PAGE * maxLimit}, far inside an int for every endpoint's maximum. */
	public int offset() {
		return Math.toIntExact((long) page * limit);
	}

	private static DomainException outOfRange(String field, int min, int max) {
		return new DomainException(DomainException.Kind.INVALID, "PAGE_OUT_OF_RANGE",
				Map.of("errors", List.of(Map.of("field", field, "code", "PAGE_OUT_OF_RANGE"))), field, min, max);
	}
}
