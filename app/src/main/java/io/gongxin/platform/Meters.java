package io.gongxin.platform;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The domain counters named {@code gongxin.*} (docs/operations.md, "Observability: meters, logs, health", lists
 * each with its tags). Modules call one method where the thing happens; the gauges read from the database live
 * beside their tables ({@code audit}, {@code dispute}).
 *
 * <p>A count made inside a transaction is added when the transaction commits, so a chunk that is rolled back and
 * retried, or a query whose log entry failed, is not counted. Tags are bounded: organisation, catalog item and
 * matter codes, roles and fixed words. A value that is not code-shaped becomes {@code OTHER}; callers pass an item
 * code taken from untrusted input only after the catalog knew it. Never a subject, an id number or free text.
 */
@Component
public class Meters {

	/** What a tag value may look like: the platform's codes (MARKET, ADMIN_PENALTY, GOV_PROCUREMENT, PDF). */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	/** A tag for a value that was not given (a query without a matter, a record without a known item). */
	public static final String NONE = "NONE";

	private final MeterRegistry registry;

	Meters(MeterRegistry registry) {
		this.registry = registry;
		// the series an alert watches exist from the start (at 0), so that increase() sees the first failure
		counter("gongxin.log.write.failures", LOG_WRITE_FAILURES, "log", "query");
		counter("gongxin.log.write.failures", LOG_WRITE_FAILURES, "log", "collection");
		counter("gongxin.audit.checkpoints.signed", CHECKPOINTS_SIGNED);
	}

	private static final String LOG_WRITE_FAILURES = "Fail-closed log writes that failed (the action was refused)";

	private static final String CHECKPOINTS_SIGNED = "Daily query-log checkpoints signed";

	/** A record stored (created, updated or unchanged) from the API or a batch. */
	public void recordsAccepted(String organisation, String item, String channel, long count) {
		add("gongxin.records.accepted", "Records stored, per provider and catalog item", count, "organisation",
				organisation, "item", item, "channel", channel);
	}

	/** A record refused (validation, permission, revoked); {@code item} only when the catalog knows it. */
	public void recordsRejected(String organisation, String item, String channel, long count) {
		add("gongxin.records.rejected", "Records refused, per provider and catalog item", count, "organisation",
				organisation, "item", item, "channel", channel);
	}

	/** Rows of a batch file committed (accepted or rejected): its rate is the batch throughput in rows per second. */
	public void batchRows(String organisation, String item, long count) {
		add("gongxin.batch.rows", "Batch rows processed and committed", count, "organisation", organisation, "item",
				item);
	}

	/** A query-log entry written: a read of credit data, per matter and audience (the caller's role). */
	public void queryLogged(String matter, String audience, String channel) {
		add("gongxin.queries", "Reads of credit data logged, per matter and audience", 1, "matter", matter,
				"audience", audience, "channel", channel);
	}

	/** A measure check answered; {@code applies}: at least one measure applied. */
	public void measureChecked(String matter, boolean applies) {
		add("gongxin.measure.checks", "Measure checks answered, per matter and outcome", 1, "matter", matter,
				"outcome", applies ? "APPLIES" : "NONE");
	}

	/** A credit report rendered (HTML or PDF) for an audience (the caller's role, or ANONYMOUS). */
	public void reportRendered(String format, String audience) {
		add("gongxin.reports.rendered", "Credit reports rendered, per format and audience", 1, "format", format,
				"audience", audience);
	}

	/** A day's checkpoint of the query-log chain signed (SM2). */
	public void checkpointSigned() {
		add("gongxin.audit.checkpoints.signed", CHECKPOINTS_SIGNED, 1);
	}

	/**
	 * A fail-closed log could not be written ({@code log}: {@code query} or {@code collection}): the action it
	 * would have recorded was refused. Counted at once (its transaction is failing), never after a commit.
	 */
	public void logWriteFailed(String log) {
		counter("gongxin.log.write.failures", LOG_WRITE_FAILURES, "log", log).increment();
	}

	private void add(String name, String description, long count, String... tags) {
		if (count <= 0) {
			return;
		}
		Counter counter = counter(name, description, tags);
		AfterCommit.run(() -> counter.increment(count));
	}

	private Counter counter(String name, String description, String... tags) {
		for (int i = 1; i < tags.length; i += 2) {
			tags[i] = bounded(tags[i]);
		}
		return Counter.builder(name).description(description).tags(tags).register(registry);
	}

	/** A tag value as it is when code-shaped, else {@code OTHER}; a missing one is {@code NONE}. */
	static String bounded(String value) {
		if (value == null || value.isBlank()) {
			return NONE;
		}
		return CODE.matcher(value).matches() ? value : "OTHER";
	}
}
