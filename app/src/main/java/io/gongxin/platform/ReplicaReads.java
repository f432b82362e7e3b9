package io.gongxin.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read that may be answered by a streaming replica when one is configured
 * ({@code gongxin.datasource.replica.url}, ADR 0015): it runs in a read-only transaction, and read-only
 * transactions take their connection from the replica. Put it only on work that writes nothing at all, not even
 * a query-log entry or a throttle count in the same transaction (R-19: a read and its log entry commit together,
 * on the primary); a throttle counted in its own transaction ({@link ClientThrottle}) still goes to the primary.
 * A replica may lag the primary by a moment: use it where a second-old answer is as good as a fresh one.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReplicaReads {
}
