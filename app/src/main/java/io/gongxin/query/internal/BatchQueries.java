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
import io.gongxin.platform.DatabaseRetry;
import io.gongxin.platform.Drain;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subjects;
import io.gongxin.subject.SubjectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Agencies' batch queries (R-20b): each subject answered as a profile for that agency, each logged like
 * a single query, in the background; results are kept for {@code gongxin.batch-queries.keep} (7 days).
 * Subjects are answered {@code gongxin.batch-queries.chunk-size} at a time: a chunk's answers, their query-log
 * entries and the count of subjects done commit together, under the lease the claim gave (owner fencing, ADR
 * 0012), so a query taken over, handed back by a stopping node or retried after a transient database error
 * resumes after its last chunk, and no subject is answered or logged twice.
 * They run on an executor of their own ({@code gongxin.batch-queries.workers} threads per node), never on
 * the scheduler's threads, so 50 queries of 10,000 subjects cannot stop the sealer, the checkpoints or
 * the deadline sweeps; and an organisation may have at most
 * {@code gongxin.batch-queries.max-open-per-organisation} of them QUEUED or RUNNING, counted in the
 * database so the quota holds across nodes (429 BATCH_QUERY_QUOTA).
 */
@Component
class BatchQueries implements SmartLifecycle, DisposableBean {

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

	private final TransactionTemplate savepoint;

	private final DatabaseRetry retry;

	private final Duration staleAfter;

	private final int maxAttempts;

	private final int chunkSize;

	private final Duration shutdownWait;

	private volatile boolean started;

	private volatile boolean stopping;

	BatchQueries(JdbcClient jdbc, Profiles profiles, Subjects subjects, Accounts accounts, ObjectMapper json, Clock clock,
			@Value("${gongxin.batch-queries.keep:P7D}") Duration keep, TransactionTemplate transactions,
			@Value("${gongxin.batch-queries.max-open-per-organisation:5}") int maxOpen,
			@Value("${gongxin.batch-queries.workers:1}") int workers, DatabaseRetry retry,
			@Value("${gongxin.batch-queries.stale-after:PT2M}") Duration staleAfter,
			@Value("${gongxin.batch-queries.max-attempts:3}") int maxAttempts,
			@Value("${gongxin.batch-queries.chunk-size:100}") int chunkSize,
			@Value("${gongxin.batches.shutdown-wait:PT20S}") Duration shutdownWait) {
		this.transactions = transactions;
		// one subject refused (a DomainException out of the profile's transaction) must not doom its chunk: each
		// answer runs under a savepoint, whose rollback also clears the rollback-only mark the refusal left
		this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.retry = retry;
		this.staleAfter = staleAfter;
		this.maxAttempts = maxAttempts;
		this.chunkSize = chunkSize;
		this.shutdownWait = shutdownWait;
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

	private DomainException quotaExceeded() {
		return new DomainException(DomainException.Kind.TOO_MANY, "BATCH_QUERY_QUOTA", Map.of("max", maxOpen), maxOpen);
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
				select status, jsonb_array_length(subjects) as total,
				       case when status = 'DONE' then results::text end as results, created_at, finished_at, expires_at
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
		exhaust();
		while (busy.get() < workers && !stopping) {
			Optional<Lease> claimed = claim();
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
	public void start() {
		stopping = false;
		started = true;
	}

	/**
	 * Graceful stop: no new claims; a running batch query stops before its next chunk and is handed back (QUEUED)
	 * for another node. Waits at most {@code gongxin.batches.shutdown-wait}.
	 */
	@Override
	public void stop() {
		stopping = true;
		Drain.awaitIdle(busy, shutdownWait);
		// one still running past the wait is taken over after the stale period
		started = false;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return started;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 500;
	}

	/** The right of one worker to write one batch query: the token of its claim. */
	record Lease(UUID id, UUID token) {
	}

	/** The batch query was taken over or handed back: this worker stops without writing. */
	static final class LeaseLost extends RuntimeException {

		LeaseLost() {
			super("lease lost", null, false, false);
		}
	}

	/** The node is stopping: the batch query goes back to the queue after its last committed chunk. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopping", null, false, false);
		}
	}

	/**
	 * Fails the batch queries whose node stopped heart-beating after their last allowed start: a query that brings
	 * its node down is not taken over for ever. Returns how many.
	 */
	int exhaust() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int failed = jdbc.sql("""
				update batch_queries set status = 'FAILED', finished_at = ?, lease = null
				 where status = 'RUNNING' and heartbeat_at < ? and attempts >= ?""")
			.params(now, now.minus(staleAfter), maxAttempts)
			.update();
		if (failed > 0) {
			log.warn("{} batch queries were started {} times without finishing; they are failed", failed, maxAttempts);
		}
		return failed;
	}

	private Optional<Lease> claim() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID token = UUID.randomUUID();
		return jdbc.sql("""
				update batch_queries set status = 'RUNNING', heartbeat_at = ?, lease = ?, attempts = attempts + 1
				 where id = (select id from batch_queries where status = 'QUEUED'
				                or (status = 'RUNNING' and heartbeat_at < ? and attempts < ?)
				             order by created_at limit 1 for update skip locked)
				returning id""")
			.params(now, token, now.minus(staleAfter), maxAttempts)
			.query(UUID.class)
			.optional()
			.map(id -> new Lease(id, token));
	}

	private void run(Lease lease) {
		UUID id = lease.id();
		try {
			retry.run("batch query " + id, () -> answerAll(lease));
		}
		catch (LeaseLost ex) {
			log.info("Batch query {} is no longer this worker's; it stops without writing", id);
		}
		catch (Stopped ex) {
			try {
				retry.run("hand back batch query " + id, () -> jdbc.sql("""
						update batch_queries set status = 'QUEUED', lease = null, heartbeat_at = null,
						       attempts = attempts - 1
						 where id = ? and lease = ? and status = 'RUNNING'""")
					.params(id, lease.token())
					.update());
			}
			catch (RuntimeException again) {
				log.warn("Batch query {} could not be handed back ({})", id, again.getClass().getName());
			}
		}
		catch (Throwable ex) {
			log.error("Batch query {} failed ({})", id, ex.getClass().getName());
			try {
				jdbc.sql("update batch_queries set status = 'FAILED', finished_at = ?, lease = null where id = ? and lease = ?")
					.params(OffsetDateTime.now(clock), id, lease.token())
					.update();
			}
			catch (RuntimeException again) {
				// left RUNNING without heartbeats: taken over after the stale period
				log.error("Batch query {} could not be marked failed ({})", id, again.getClass().getName());
			}
		}
	}

	/** Answers the subjects after the last committed chunk, chunk by chunk; each chunk checks the lease. */
	private void answerAll(Lease lease) {
		Map<String, Object> row = jdbc.sql("""
				select username, purpose, subjects::text as subjects, lines_done from batch_queries where id = ?""")
			.param(lease.id())
			.query()
			.singleRow();
		Caller caller = accounts.find((String) row.get("username")).orElseThrow();
		String purpose = (String) row.get("purpose");
		List<Line> lines = json.readValue((String) row.get("subjects"), new TypeReference<List<Line>>() {
		});
		int done = ((Number) row.get("lines_done")).intValue();
		while (done < lines.size()) {
			if (stopping) {
				throw new Stopped();
			}
			List<Line> chunk = lines.subList(done, Math.min(done + chunkSize, lines.size()));
			int from = done;
			transactions.executeWithoutResult(status -> {
				fence(lease);
				List<Map<String, Object>> results = new ArrayList<>();
				for (Line line : chunk) {
					results.add(answer(line, caller, purpose));
				}
				written(jdbc.sql("""
						update batch_queries set results = coalesce(results, '[]'::jsonb) || cast(? as jsonb),
						       lines_done = ?, heartbeat_at = ?
						 where id = ? and lease = ? and lines_done = ?""")
					.params(json.writeValueAsString(results), from + chunk.size(), OffsetDateTime.now(clock), lease.id(),
							lease.token(), from)
					.update());
			});
			done += chunk.size();
		}
		transactions.executeWithoutResult(status -> written(jdbc.sql("""
				update batch_queries set status = 'DONE', results = coalesce(results, '[]'::jsonb), finished_at = ?, lease = null
				 where id = ? and lease = ? and status = 'RUNNING'""")
			.params(OffsetDateTime.now(clock), lease.id(), lease.token())
			.update()));
	}

	/** Still ours? Holds a key-share lock to the commit, so a takeover claim passes the row by meanwhile. */
	private void fence(Lease lease) {
		if (jdbc.sql("select 1 from batch_queries where id = ? and lease = ? and status = 'RUNNING' for key share")
			.params(lease.id(), lease.token())
			.query(Integer.class)
			.optional()
			.isEmpty()) {
			throw new LeaseLost();
		}
	}

	private static void written(int rows) {
		if (rows == 0) {
			throw new LeaseLost();
		}
	}

	private Map<String, Object> answer(Line line, Caller caller, String purpose) {
		if (line.subjectKey() == null) {
			return Map.of("index", line.index(), "code", line.error());
		}
		try {
			return savepoint.execute(status -> {
				Map<String, Object> profile = new LinkedHashMap<>();
				profile.put("index", line.index());
				profile.putAll(profiles.profile(subjects.find(new SubjectKey(line.subjectKey())).orElseThrow(), caller,
						null, purpose, "BATCH_QUERY"));
				return profile;
			});
		}
		catch (DomainException ex) {
			return Map.of("index", line.index(), "code", ex.code());
		}
	}

	void forgetExpired() {
		jdbc.sql("delete from batch_queries where expires_at < ?").param(OffsetDateTime.now(clock)).update();
	}
}
