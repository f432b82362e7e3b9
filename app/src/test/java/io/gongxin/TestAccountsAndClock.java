package io.gongxin;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * What every test of the whole platform ({@link GongxinTest}) starts from, so no test class repeats it: the test
 * accounts exist (created once per database, {@link TestAccounts#ensure()}), and after each test the clock is back
 * at its starting moment ({@link TestClock#reset()}), whatever the test did to it.
 */
class TestAccountsAndClock implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext context) {
		context.getApplicationContext().getBean(TestAccounts.class).ensure();
	}

	@Override
	public void afterTestMethod(TestContext context) {
		context.getApplicationContext().getBean(TestClock.class).reset();
	}
}
