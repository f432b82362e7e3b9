package io.gongxin.query.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How batch queries run (R-20b).
 *
 * @param keep how long a batch query and its results are kept
 * @param maxOpenPerOrganisation QUEUED or RUNNING batch queries per organisation (429 BATCH_QUERY_QUOTA above)
 * @param workers batch queries answered at once per node, on their own executor
 * @param chunkSize subjects answered, logged and committed together (a takeover resumes after the last chunk)
 * @param staleAfter a RUNNING batch query without a committed chunk for this long is taken over
 * @param maxAttempts starts of one batch query before it is FAILED
 * @param cleanupEvery how often the cluster forgets results past {@code keep}
 */
@ConfigurationProperties("gongxin.batch-queries")
record BatchQuerySettings(@DefaultValue("P7D") Duration keep, @DefaultValue("5") int maxOpenPerOrganisation,
		@DefaultValue("1") int workers, @DefaultValue("100") int chunkSize, @DefaultValue("PT2M") Duration staleAfter,
		@DefaultValue("3") int maxAttempts, @DefaultValue("PT1H") Duration cleanupEvery) {
}
