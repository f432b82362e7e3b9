package io.gongxin.platform;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Paths a module serves to anonymous callers. Every other path needs an authenticated caller and,
 * on top of that, whatever role its handler requires: deny by default, grant per endpoint.
 */
public interface PublicEndpoints {

	/** One public path pattern, optionally limited to one method ({@code null}: any method). */
	record Endpoint(HttpMethod method, String pattern) {

		public static Endpoint get(String pattern) {
			return new Endpoint(HttpMethod.GET, pattern);
		}

		public static Endpoint any(String pattern) {
			return new Endpoint(null, pattern);
		}
	}

	List<Endpoint> publicEndpoints();
}
