package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.DatabaseSuperuser;
import io.gongxin.GongxinTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * ADR 0013: another node changes the database and notifies, exactly as {@code SharedCaches.changed} does there
 * (here: the superuser's own connection, which this node's memory knows nothing of); this node answers the new
 * way over HTTP shortly after. The deadlines are generous: they bound a hang, they do not measure speed.
 */
@GongxinTest
class CrossNodeCachesTest {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	private static final String OTHER_VERSION = "2099.node-b";

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	CacheListener listener;

	@Autowired
	CacheVersionCheck versionCheck;

	private DatabaseSuperuser otherNode;

	private String inForce;

	@BeforeEach
	void otherNode() throws Exception {
		otherNode = new DatabaseSuperuser(postgres);
		inForce = catalogVersion();
		awaitListening();
	}

	@AfterEach
	void back() throws Exception {
		otherNode.jdbc().sql("delete from calendar_years where year = 2027").update();
		otherNode.jdbc().sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		otherNode.jdbc().sql("update catalog_versions set status = 'PUBLISHED' where version = ?").param(inForce).update();
		otherNode.jdbc().sql("delete from catalog_versions where version = ?").param(OTHER_VERSION).update();
		notifyChanged("catalog");
		notifyChanged("calendar");
		await(() -> catalogVersion().equals(inForce));
	}

	@Test
	@DisplayName("R-15 R-18 a catalog version published on another node is in force on this node shortly after it commits")
	void catalogPublishedElsewhere() throws Exception {
		publishElsewhere(true);
		await(() -> catalogVersion().equals(OTHER_VERSION));
	}

	@Test
	@DisplayName("R-WD a holiday year loaded, then corrected, on another node is answered the new way by this node")
	void holidayYearCorrectedElsewhere() throws Exception {
		// 2027 not loaded: 1 January (元旦) is a provisional holiday, Monday 4 January the next working day
		assertThat(nextWorkingDayAfterNewYearsEve()).isEqualTo("2027-01-04 provisional");
		otherNode.jdbc().sql("insert into calendar_years (year, source, loaded_by) values (2027, '另一节点载入（测试）', 't-center')")
			.update();
		otherNode.jdbc().sql("insert into calendar_days (day, year, off_day, name) values ('2027-01-01', 2027, true, '元旦')")
			.update();
		notifyChanged("calendar");
		await(() -> nextWorkingDayAfterNewYearsEve().equals("2027-01-04 loaded"));
		// corrected there: the notice adds Monday 4 January to the holiday
		otherNode.jdbc().sql("insert into calendar_days (day, year, off_day, name) values ('2027-01-04', 2027, true, '元旦')")
			.update();
		notifyChanged("calendar");
		await(() -> nextWorkingDayAfterNewYearsEve().equals("2027-01-05 loaded"));
	}

	@Test
	@DisplayName("the listening connection, terminated by the server, is opened again and hears the next change")
	void listenerReconnectsAfterItsConnectionIsTerminated() throws Exception {
		int before = listener.backendPid();
		otherNode.jdbc().sql("select pg_terminate_backend(?)").param(before).query().listOfRows();
		await(() -> listener.backendPid() != 0 && listener.backendPid() != before);
		assertThat(otherNode.jdbc().sql("select count(*) from pg_stat_activity where application_name = ?")
			.param(CacheListener.APPLICATION_NAME)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		publishElsewhere(true);
		await(() -> catalogVersion().equals(OTHER_VERSION));
	}

	@Test
	@DisplayName("a change whose notification was lost is caught by the periodic version check")
	void lostNotificationIsCaughtByTheVersionCheck() throws Exception {
		// the second clearing still due after the notices of a test before would clear the cache this one counts on
		Thread.sleep(SecondClearing.AFTER.multipliedBy(2).toMillis());
		versionCheck.check();
		assertThat(catalogVersion()).isEqualTo(inForce);
		publishElsewhere(false);
		// no notification: this node still answers from its cache
		assertThat(catalogVersion()).isEqualTo(inForce);
		versionCheck.check();
		assertThat(catalogVersion()).isEqualTo(OTHER_VERSION);
	}

	/** Publishes a copy of the version in force as another node's transaction would; with or without its notice. */
	private void publishElsewhere(boolean notify) {
		otherNode.jdbc().sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		otherNode.jdbc().sql("""
				insert into catalog_versions (version, status, document, created_by, published_at, published_by)
				select ?, 'PUBLISHED', jsonb_set(document, '{version}', to_jsonb(?::text)), 't-center', now(), 't-center'
				  from catalog_versions where version = ?""").params(OTHER_VERSION, OTHER_VERSION, inForce).update();
		otherNode.jdbc().sql("""
				insert into cache_versions (name, version) values ('catalog', 1)
				on conflict (name) do update set version = cache_versions.version + 1""").update();
		if (notify) {
			notifyChanged("catalog");
		}
	}

	private void notifyChanged(String cache) {
		otherNode.jdbc().sql("""
				insert into cache_versions (name, version) values (?, 1)
				on conflict (name) do update set version = cache_versions.version + 1""").param(cache).update();
		otherNode.jdbc().sql("select pg_notify('gongxin_cache', ?)").param(cache).query().listOfRows();
	}

	private String catalogVersion() throws Exception {
		String body = mvc.perform(get("/api/v1/catalog")).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.version");
	}

	private String nextWorkingDayAfterNewYearsEve() throws Exception {
		String body = mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-31").param("add", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		boolean provisional = JsonPath.read(body, "$.provisional");
		return JsonPath.read(body, "$.date") + (provisional ? " provisional" : " loaded");
	}

	private void awaitListening() throws Exception {
		await(() -> listener.backendPid() != 0);
	}

	private static void await(Callable<Boolean> condition) throws Exception {
		long until = System.nanoTime() + DEADLINE.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("not within " + DEADLINE);
			}
			Thread.sleep(50);
		}
	}
}
