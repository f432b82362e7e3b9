package io.gongxin.query;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the test's own thread sends while {@link #during} runs (MockMvc answers on the calling
 * thread): the application's data source is wrapped so that every statement prepared or executed on a connection
 * it lends is noted, with its SQL. Other threads (the scheduler, the cache listener, a log writer) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

	private static final ThreadLocal<List<String>> NOTED = new ThreadLocal<>();

	/** The SQL of every statement {@code work} sent on this thread, in order. */
	public static List<String> during(ThrowingRunnable work) throws Exception {
		List<String> noted = new ArrayList<>();
		NOTED.set(noted);
		try {
			work.run();
		}
		finally {
			NOTED.remove();
		}
		return noted;
	}

	/** The work to count. */
	public interface ThrowingRunnable {

		void run() throws Exception;
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && "dataSource".equals(name)
						? wrap(DataSource.class, dataSource, CountedStatements::connection) : bean;
			}
		};
	}

	private static Object connection(Method method, Object result) {
		return result instanceof Connection connection ? wrap(Connection.class, connection, CountedStatements::noted)
				: result;
	}

	private static Object noted(Method method, Object result) {
		return result instanceof Statement statement && !(result instanceof PreparedStatement)
				? wrap(Statement.class, statement, (m, r) -> r) : result;
	}

	private interface After {

		Object apply(Method method, Object result);
	}

	private static <T> T wrap(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("equals") && args != null && args.length == 1) {
				return proxy == args[0];
			}
			if (method.getName().equals("hashCode") && args == null) {
				return System.identityHashCode(proxy);
			}
			note(type, method, args);
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		Class<?>[] types = target instanceof AutoCloseable && type == DataSource.class
				? new Class<?>[] { type, AutoCloseable.class } : new Class<?>[] { type };
		return type.cast(Proxy.newProxyInstance(CountedStatements.class.getClassLoader(), types, handler));
	}

	private static void note(Class<?> type, Method method, Object[] args) {
		List<String> noted = NOTED.get();
		if (noted == null || type == DataSource.class) {
			return;
		}
		String name = method.getName();
		if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
				&& args[0] instanceof String sql) {
			noted.add(sql.strip().replaceAll("\\s+", " "));
		}
		else if (type == Statement.class && name.startsWith("execute") && args != null && args[0] instanceof String sql) {
			noted.add(sql.strip().replaceAll("\\s+", " "));
		}
	}
}
