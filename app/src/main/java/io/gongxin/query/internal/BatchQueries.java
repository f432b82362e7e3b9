package io.gongxin.query.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.platform.ProblemException;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.SubjectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Agencies' batch queries (R-20b): each subject answered as a profile for that agency, each logged like
 * a single query, in the background; results are kept for {@code gongxin.batch-queries.keep} (7 days).
 * They run on an executor of their own ({@code gongxin.batch-queries.workers} threads per node), never on
 * the scheduler's threads, so 50 queries of 10,000 subjects cannot stop the sealer, the checkpoints or
 * the deadline sweeps; and an organisation may have at most
 * {@code gongxin.batch-queries.max-open-per-organisation} of them QUEUED or RUNNING, counted in the
 * database so the quota holds across nodes (429 BATCH_QUERY_QUOTA).
 */
@Component
class BatchQueries implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BatchQueries.class);

	private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Profiles profiles;

	private final Subjects subjects;

	private final Accounts accounts;

	private final ObjectMapper json;

	private final Clock clock;

	private final Duration keep;

	private final TransactionTemplate transactions;

	private final int maxOpen;

	private final int workers;

	private final ExecutorService executor;

	private final AtomicInteger busy = new AtomicInteger();

	BatchQueries(JdbcClient jdbc, Profiles profiles, Subjects subjects, Accounts accounts, ObjectMapper json, Clock clock,
			@Value("${gongxin.batch-queries.keep:P7D}") Duration keep, TransactionTemplate transactions,
			@Value("${gongxin.batch-queries.max-open-per-organisation:5}") int maxOpen,
			@Value("${gongxin.batch-queries.workers:1}") int workers) {
		this.transactions = transactions;
		this.maxOpen = maxOpen;
		this.workers = workers;
		this.executor = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "gongxin-batch-query");
			thread.setDaemon(true);
			return thread;
		});
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.subjects = subjects;
		this.accounts = accounts;
		this.json = json;
		this.clock = clock;
		this.keep = keep;
	}

	/** One line of the input: the subject found, or why not. Never the input itself. */
	record Line(int index, Long subjectKey, String error) {
	}

	/** Refuses early, before the subjects are resolved; {@link #submit} checks again under a lock. */
	void checkQuota(String organisation) {
		if (open(organisation) >= maxOpen) {
			throw quotaExceeded();
		}
	}

	private long open(String organisation) {
		return jdbc.sql("select count(*) from batch_queries where organisation = ? and status in ('QUEUED', 'RUNNING')")
			.param(organisation)
			.query(Long.class)
			.single();
	}

	private ProblemException quotaExceeded() {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "BATCH_QUERY_QUOTA", Map.of("max", maxOpen), maxOpen);
	}

	UUID submit(Caller caller, String purpose, List<Line> lines) {
		return transactions.execute(status -> {
			// serialises one organisation's submissions on every node: the count and the insert agree
			jdbc.sql("select pg_advisory_xact_lock(hashtext('gongxin-batch-query-quota'), hashtext(?))")
				.param(caller.organisation())
				.query()
				.singleRow();
			if (open(caller.organisation()) >= maxOpen) {
				throw quotaExceeded();
			}
			return insert(caller, purpose, lines);
		});
	}

	private UUID insert(Caller caller, String purpose, List<Line> lines) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into batch_queries (id, organisation, username, purpose, subjects, status, created_at, expires_at)
				values (?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?)""")
			.params(id, caller.organisation(), caller.username(), purpose, json.writeValueAsString(lines), now,
					now.plus(keep))
			.update();
		return id;
	}

	/** The organisation's latest batch queries, newest first (without their results). */
	List<Map<String, Object>> recent(String organisation, int limit) {
		return jdbc.sql("""
				select id, status, purpose, jsonb_array_length(subjects) as total, created_at, finished_at
				  from batch_queries where organisation = ? order by created_at desc limit ?""")
			.params(organisation, limit)
			.query((rs, row) -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("id", rs.getObject("id", UUID.class));
				body.put("status", rs.getString("status"));
				body.put("purpose", rs.getString("purpose"));
				body.put("subjects", rs.getInt("total"));
				body.put("createdAt", rs.getObject("created_at", OffsetDateTime.class));
				body.put("finishedAt", rs.getObject("finished_at", OffsetDateTime.class));
				return body;
			})
			.list();
	}

	Optional<Map<String, Object>> find(UUID id, String organisation) {
		return jdbc.sql("""
				select status, jsonb_array_length(subjects) as total, results::text as results, created_at, finished_at, expires_at
				  from batch_queries where id = ? and organisation = ?""")
			.params(id, organisation)
			.query((rs, row) -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("id", id);
				body.put("status", rs.getString("status"));
				body.put("subjects", rs.getInt("total"));
				body.put("createdAt", rs.getObject("created_at", OffsetDateTime.class));
				body.put("finishedAt", rs.getObject("finished_at", OffsetDateTime.class));
				body.put("expiresAt", rs.getObject("expires_at", OffsetDateTime.class));
				String results = rs.getString("results");
				if (results != null) {
					List<Map<String, Object>> all = json.readValue(results, LIST);
					body.put("profiles", all.stream().filter(r -> r.containsKey("queryId")).toList());
					body.put("errors", all.stream().filter(r -> !r.containsKey("queryId")).toList());
				}
				return body;
			})
			.optional();
	}

	/** Claims what this node's batch-query executor has room for; the scheduler thread only hands over. */
	@Scheduled(fixedDelayString = "${gongxin.batch-queries.poll:PT1S}")
	synchronized void work() {
		while (busy.get() < workers) {
			Optional<UUID> claimed = claim();
			if (claimed.isEmpty()) {
				return;
			}
			busy.incrementAndGet();
			executor.execute(() -> {
				try {
					run(claimed.get());
				}
				finally {
					busy.decrementAndGet();
				}
			});
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private Optional<UUID> claim() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("""
				update batch_queries set status = 'RUNNING', heartbeat_at = ?
				 where id = (select id from batch_queries where status = 'QUEUED'
				                or (status = 'RUNNING' and heartbeat_at < ?)
				             order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now, now.minusMinutes(2))
			.query(UUID.class)
			.optional();
	}

	private void run(UUID id) {
		try {
			Map<String, Object> row = jdbc.sql("select username, purpose, subjects::text as subjects from batch_queries where id = ?")
				.param(id)
				.query()
				.singleRow();
			Caller caller = accounts.find((String) row.get("username")).orElseThrow();
			List<Line> lines = json.readValue((String) row.get("subjects"), new TypeReference<List<Line>>() {
			});
			List<Map<String, Object>> results = new ArrayList<>();
			for (Line line : lines) {
				results.add(answer(line, caller, (String) row.get("purpose")));
				if (results.size() % 500 == 0) {
					jdbc.sql("update batch_queries set heartbeat_at = ? where id = ?").params(OffsetDateTime.now(clock), id).update();
				}
			}
			jdbc.sql("update batch_queries set status = 'DONE', results = cast(? as jsonb), finished_at = ? where id = ?")
				.params(json.writeValueAsString(results), OffsetDateTime.now(clock), id)
				.update();
		}
		catch (Throwable ex) {
			log.error("Batch query {} failed ({})", id, ex.getClass().getName());
			jdbc.sql("update batch_queries set status = 'FAILED', finished_at = ? where id = ?")
				.params(OffsetDateTime.now(clock), id)
				.update();
		}
	}

	private Map<String, Object> answer(Line line, Caller caller, String purpose) {
		if (line.subjectKey() == null) {
			return Map.of("index", line.index(), "code", line.error());
		}
		try {
			Map<String, Object> profile = new LinkedHashMap<>();
			profile.put("index", line.index());
			profile.putAll(profiles.profile(subjects.find(new SubjectKey(line.subjectKey())).orElseThrow(), caller, null,
					purpose, "BATCH_QUERY"));
			return profile;
		}
		catch (ProblemException ex) {
			return Map.of("index", line.index(), "code", ex.code());
		}
	}

	@Scheduled(fixedDelayString = "PT1H")
	void forgetExpired() {
		jdbc.sql("delete from batch_queries where expires_at < ?").param(OffsetDateTime.now(clock)).update();
	}
}
