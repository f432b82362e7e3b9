package io.gongxin.security;

import io.gongxin.PageSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.platform.PageController;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix (issue 12, "the permanent suite"): every API endpoint the OpenAPI description lists
 * and every page handler is called as anonymous and as each role, the owner and a non-owner where ownership
 * matters, and the outcome class is compared with the checked-in table
 * {@code src/test/resources/security/authorization-matrix.csv}. An endpoint or page missing from the table, or a
 * row for one that no longer exists, fails the build.
 * <p>
 * Outcome classes: {@code allow} (passed the authorization gate: 2xx, 3xx other than to the login page, or a 4xx
 * other than 401/403, e.g. 400 for an empty body or 404 for an unknown id), {@code deny} (403), {@code 401}, and
 * {@code login} (a page redirecting to the login page). A 5xx fails whatever the table says. Writes are sent with
 * empty bodies ({@code {}}) or unknown ids so that they stop at validation after the gate and change nothing.
 * <p>
 * To rewrite the table after adding an endpoint, run this test with
 * {@code -Dgongxin.matrix.write=app/src/test/resources/security/authorization-matrix.csv} and review the diff:
 * every changed cell is a change of who may do what.
 */
@GongxinTest
class AuthorizationMatrixTest {

	/** Callers, in the table's column order. */
	enum Caller {

		ANONYMOUS(null, null), CENTER("t-center", TestAccounts.PASSWORD), OPERATOR("t-operator", TestAccounts.PASSWORD),
		/** The demo market regulator, which submitted the fixture's records: the owner. */
		PROVIDER("market", "market-demo"),
		/** A provider that owns none of the fixture's records. */
		PROVIDER_OTHER("t-tax", TestAccounts.PASSWORD), QUERIER("t-procurement", TestAccounts.PASSWORD),
		AGENCY("t-agency", TestAccounts.PASSWORD), AUDITOR("t-auditor", TestAccounts.PASSWORD),
		/** The fixture's person, subject of the fixture's records: the owner. */
		SUBJECT(QueryFixture.PERSON_ACCOUNT, "person-password"),
		/** The demo person: another subject. */
		SUBJECT_OTHER("person", "person-demo");

		final String username;

		final String password;

		Caller(String username, String password) {
			this.username = username;
			this.password = password;
		}

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	record Endpoint(String method, String path, boolean page) implements Comparable<Endpoint> {

		String key() {
			return method + " " + path;
		}

		@Override
		public int compareTo(Endpoint other) {
			return key().compareTo(other.key());
		}
	}

	private static final String TABLE = "security/authorization-matrix.csv";

	/**
	 * Per endpoint, a request that passes binding and validation but changes nothing (unknown ids, existing
	 * names): JSON bodies for the API, form parameters ({@code a=1&b=2}) for pages.
	 */
	private static final String REQUESTS = "security/authorization-matrix-requests.properties";

	/** An id no row has: writes that take an id stop at "not found" after the gate. */
	private static final String UNKNOWN_ID = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String fixtureRecord;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		// the fixture's record about the person, submitted again unchanged to learn its id
		String result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/records")
			.with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", "q-person-penalty", "NATURAL_PERSON",
					QueryFixture.PERSON, "2024-03-01", null, QueryFixture.PENALTY) + "]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		fixtureRecord = String.valueOf((Object) JsonPath.read(result, "$.results[0].recordId"));
	}

	@Test
	@DisplayName("R-31 R-26 every endpoint and page answers each caller as the authorization matrix says, and none is missing from it")
	void everyEndpointAndPageFollowsTheMatrix() throws Exception {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("the OpenAPI description and the page handlers").hasSizeGreaterThan(50);
		Map<String, Map<String, String>> expected = readTable();
		Map<String, PageSession> sessions = new LinkedHashMap<>();
		for (Caller caller : Caller.values()) {
			if (caller.username != null) {
				sessions.put(caller.column(), login(caller));
			}
		}
		List<String> failures = new ArrayList<>();
		Map<String, Map<String, String>> observed = new TreeMap<>();
		StringBuilder statuses = new StringBuilder();
		for (Endpoint endpoint : endpoints) {
			Map<String, String> row = new LinkedHashMap<>();
			for (Caller caller : Caller.values()) {
				MockHttpServletResponse response = call(endpoint, caller, sessions.get(caller.column()));
				String outcome = outcome(endpoint, response);
				row.put(caller.column(), outcome);
				statuses.append(endpoint.key()).append(',').append(caller.column()).append(',')
					.append(response.getStatus()).append('\n');
				if (outcome.startsWith("invalid")) {
					failures.add("%s as %s stopped before the authorization gate (%s): give it a request in %s"
						.formatted(endpoint.key(), caller.column(), outcome, REQUESTS));
				}
				if (response.getStatus() >= 500) {
					failures.add("%s as %s answered %d".formatted(endpoint.key(), caller.column(), response.getStatus()));
				}
			}
			observed.put(endpoint.key(), row);
			Map<String, String> wanted = expected.get(endpoint.key());
			if (wanted == null) {
				failures.add("%s is not in %s: add a row saying who may call it".formatted(endpoint.key(), TABLE));
				continue;
			}
			for (Caller caller : Caller.values()) {
				String want = wanted.get(caller.column());
				String got = row.get(caller.column());
				if (!got.equals(want)) {
					failures.add("%s as %s: expected %s, got %s".formatted(endpoint.key(), caller.column(), want, got));
				}
			}
		}
		for (String row : expected.keySet()) {
			if (!observed.containsKey(row)) {
				failures.add("%s is in %s but no such endpoint or page exists: remove the row".formatted(row, TABLE));
			}
		}
		// every status, for a reviewer checking that writes stopped after the gate without changing anything
		Files.writeString(Path.of("target/authorization-matrix-statuses.csv"), statuses);
		String write = System.getProperty("gongxin.matrix.write");
		if (write != null) {
			writeTable(Path.of(write), observed);
		}
		assertThat(failures).as("authorization matrix").isEmpty();
	}

	@Test
	@DisplayName("R-31 an anonymous caller is never allowed anything the table does not mark public")
	void tableMarksNoWorkspaceOrWritePublic() throws IOException {
		for (Map.Entry<String, Map<String, String>> row : readTable().entrySet()) {
			String anonymous = row.getValue().get("anonymous");
			if (!"allow".equals(anonymous)) {
				continue;
			}
			String path = row.getKey().substring(row.getKey().indexOf(' ') + 1);
			assertThat(path).as("a workspace or console open to anyone: %s", row.getKey())
				.doesNotStartWith("/console")
				.doesNotStartWith("/provider")
				.doesNotStartWith("/querier")
				.doesNotStartWith("/agency")
				.doesNotStartWith("/me")
				.doesNotStartWith("/api/v1/audit/verification")
				.doesNotStartWith("/api/v1/accounts");
		}
	}

	/** Every (method, path) of the OpenAPI description, and every page handler. */
	private List<Endpoint> endpoints() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		TreeMap<String, Endpoint> all = new TreeMap<>();
		paths.forEach((path, operations) -> operations.keySet()
			.stream()
			.filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
			.forEach(m -> {
				Endpoint e = new Endpoint(m.toUpperCase(Locale.ROOT), path, false);
				all.put(e.key(), e);
			}));
		// the actuator is in neither: its endpoints are listed here (issue 13: the Prometheus scrape and the probes)
		for (String path : ACTUATOR) {
			Endpoint e = new Endpoint("GET", path, false);
			all.put(e.key(), e);
		}
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().isAnnotationPresent(PageController.class)) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods().isEmpty()
					? java.util.Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					Endpoint e = new Endpoint(method.name(), pattern, true);
					all.put(e.key(), e);
				}
			}
		});
		return new ArrayList<>(all.values());
	}

	/** The actuator endpoints exposed on the main port ({@code management.endpoints.web.exposure.include}). */
	private static final List<String> ACTUATOR = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/info", "/actuator/prometheus");

	private final java.util.Properties requests = new java.util.Properties();

	private MockHttpServletResponse call(Endpoint endpoint, Caller caller, PageSession session) throws Exception {
		if (requests.isEmpty()) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(REQUESTS)) {
				requests.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		String given = requests.getProperty(endpoint.key());
		if (given != null) {
			given = given.replace("${record}", fixtureRecord).replace("${person}", QueryFixture.PERSON)
				.replace("${unknown}", UNKNOWN_ID);
		}
		Object[] values = VARIABLE.matcher(endpoint.path()).results().map(m -> value(endpoint, m.group(1))).toArray();
		org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.method().equals("POST")
				&& (endpoint.path().endsWith("/attachments") || endpoint.path().endsWith("/batches"))) {
			// multipart by contract: a one-byte file of an item that does not exist, refused after the gate
			request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(endpoint.path(), values)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "matrix.pdf", "application/pdf",
						new byte[] { 1 }))
				.param("item", "NO_SUCH_ITEM");
		}
		else {
			request = request(HttpMethod.valueOf(endpoint.method()), endpoint.path(), values);
		}
		boolean write = !endpoint.method().equals("GET");
		// an address of its own, so that per-client limits on anonymous callers are not used up for other tests
		request.with(r -> {
			r.setRemoteAddr("203.0.113.31");
			return r;
		});
		boolean bodyIsJson = !endpoint.page() && write && !(request instanceof
				org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder);
		if (given != null && !bodyIsJson) {
			for (String pair : given.split("&")) {
				int eq = pair.indexOf('=');
				request.param(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		if (endpoint.page()) {
			request.accept(MediaType.TEXT_HTML);
			if (session != null) {
				request.with(session);
			}
			if (write) {
				request.with(csrf());
			}
		}
		else {
			request.accept(endpoint.path().endsWith("/report") ? MediaType.TEXT_HTML
					: endpoint.path().startsWith("/actuator/") ? MediaType.ALL : MediaType.APPLICATION_JSON);
			if (caller.username != null) {
				request.with(httpBasic(caller.username, caller.password));
			}
			if (bodyIsJson) {
				request.contentType(MediaType.APPLICATION_JSON).content(given == null ? "{}" : given);
			}
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** A plausible value for a path variable, so that the call reaches the authorization gate. */
	private String value(Endpoint endpoint, String variable) {
		String path = endpoint.path();
		boolean write = !endpoint.method().equals("GET");
		return switch (variable) {
			case "code" -> path.contains("/catalog/items/") ? "ADMIN_PENALTY" : QueryFixture.PERSON;
			case "organisation" -> "MARKET";
			// an account is never disabled by the matrix: those calls name one that does not exist
			case "username" -> path.endsWith("/disable") || path.endsWith("/enable") ? "no-such-account-matrix"
					: QueryFixture.PERSON_ACCOUNT;
			case "version" -> "0.0-matrix";
			case "type" -> "RED";
			case "year" -> "2150";
			case "number" -> "NO-SUCH-REPORT";
			case "attachmentId" -> "00000000-0000-4000-8000-00000000abcd";
			case "id" -> {
				if (path.contains("/subjects/")) {
					yield QueryFixture.PERSON;
				}
				if (path.startsWith("/api/v1/records/") && !write) {
					yield fixtureRecord;
				}
				if (path.contains("batch") || path.contains("measure-check")) {
					yield "00000000-0000-4000-8000-00000000abcd";
				}
				yield UNKNOWN_ID;
			}
			default -> throw new IllegalStateException(
					"no value for {%s} in %s: teach AuthorizationMatrixTest.value one".formatted(variable, path));
		};
	}

	/** Problem codes Spring answers while binding a request, before the handler's role check runs. */
	private static final java.util.Set<String> BEFORE_THE_GATE = java.util.Set.of("VALIDATION_FAILED",
			"MALFORMED_REQUEST", "MISSING_PARAMETER", "INVALID_PARAMETER", "UNSUPPORTED_MEDIA_TYPE",
			"FORM_CONTENT_REFUSED", "PAYLOAD_TOO_LARGE", "BAD_REQUEST");

	private static String outcome(Endpoint endpoint, MockHttpServletResponse response) throws IOException {
		int status = response.getStatus();
		if (status == 400 || status == 415) {
			// bean validation runs before @PreAuthorize: a call refused here says nothing about who may call
			String body = response.getContentAsString();
			if (endpoint.page()) {
				// the error page names its code; a form Spring could not bind says BAD_REQUEST or names none
				var named = BEFORE_THE_GATE.stream().filter(body::contains).findFirst();
				if (named.isPresent() || !body.matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*")) {
					return "invalid(" + named.orElse("page 400") + ")";
				}
				return "allow";
			}
			String code = body.contains("\"code\"") ? JsonPath.read(body, "$.code") : "";
			if (BEFORE_THE_GATE.contains(code)) {
				return "invalid(" + code + ")";
			}
		}
		if (status == 401) {
			return "401";
		}
		if (status == 403) {
			return "deny";
		}
		String location = response.getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.endsWith("/login")) {
			return "login";
		}
		return "allow";
	}

	private PageSession login(Caller caller) throws Exception {
		return PageSession.login(mvc, caller.username, caller.password);
	}

	private static Map<String, Map<String, String>> readTable() throws IOException {
		Map<String, Map<String, String>> table = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream(TABLE)) {
			if (in == null) {
				return table;
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
			String[] header = lines.get(0).split(",");
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",");
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 2; i < header.length; i++) {
					row.put(header[i].trim(), cells[i].trim());
				}
				table.put(cells[0].trim() + " " + cells[1].trim(), row);
			}
		}
		return table;
	}

	private static void writeTable(Path file, Map<String, Map<String, String>> observed) throws IOException {
		StringBuilder out = new StringBuilder();
		out.append("# Who may call what (R-31 and R-26): checked by AuthorizationMatrixTest against the running platform.\n");
		out.append("# allow = passes the authorization gate; deny = 403; 401 = must authenticate; login = page sends to /login.\n");
		out.append("# provider/subject own the fixture's records; provider_other/subject_other do not.\n");
		out.append("method,path");
		for (Caller caller : Caller.values()) {
			out.append(',').append(caller.column());
		}
		out.append('\n');
		observed.forEach((key, row) -> {
			int space = key.indexOf(' ');
			out.append(key, 0, space).append(',').append(key.substring(space + 1));
			row.values().forEach(v -> out.append(',').append(v));
			out.append('\n');
		});
		Files.writeString(file, out.toString());
	}

}
