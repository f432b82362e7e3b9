package io.gongxin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole platform on a throw-away embedded PostgreSQL, with MockMvc and a clock tests can move.
 * Every test class with this annotation shares one application context (and one database), and every test starts
 * with the test accounts in place and ends with the clock reset ({@link TestAccountsAndClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestExecutionListeners(listeners = TestAccountsAndClock.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import({ TestClock.Configuration.class, TestAccounts.class, io.gongxin.dispute.ObjectionSweep.class })
public @interface GongxinTest {
}
