package io.gongxin.record;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.record.RecordChanged.Change;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A record's life over HTTP: each change publishes {@link RecordChanged}; what the law forbids is refused. */
@GongxinTest
@RecordApplicationEvents
class RecordLifecycleApiTest {

	static final String COMPANY = "91350100M000100Y43";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Records records;

	@Autowired
	ApplicationEvents events;

	private ResultActions submit(String sourceRef, String amount) throws Exception {
		return mvc.perform(post("/api/v1/records").with(accounts.tax()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s",
				 "subject": {"type": "LEGAL_PERSON", "id": "%s", "name": "示例主体"}, "occurredOn": "2025-03-10",
				 "fields": {"decisionNumber": "沪市监罚〔2025〕12号", "penaltyType": "罚款", "decidedOn": "2025-03-10",
				            "authority": "市市场监督管理局", "amount": "%s"}}]}""".formatted(sourceRef, COMPANY, amount)));
	}

	private long stored(String sourceRef) throws Exception {
		String body = submit(sourceRef, "2.5").andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private ResultActions revoke(long id) throws Exception {
		return mvc.perform(post("/api/v1/records/{id}/revocation", id).with(accounts.tax())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"处罚决定已被复议撤销\"}"));
	}

	private List<Change> changesOf(long id) {
		return events.stream(RecordChanged.class).filter(e -> e.recordId() == id).map(RecordChanged::change).toList();
	}

	@Test
	@DisplayName("R-09a R-31 stored, corrected and revoked records each publish RecordChanged; unchanged and repeated revocations do not")
	void everyChangeIsPublished() throws Exception {
		long id = stored("life-" + System.nanoTime());
		String sourceRef = records.find(id).orElseThrow().sourceRef();
		submit(sourceRef, "2.5").andExpect(jsonPath("$.results[0].status").value("UNCHANGED"));
		submit(sourceRef, "3.5").andExpect(jsonPath("$.results[0].status").value("UPDATED"));
		revoke(id).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVOKED"));
		revoke(id).andExpect(status().isOk());

		assertThat(changesOf(id)).containsExactly(Change.STORED, Change.CORRECTED, Change.REVOKED);
		RecordChanged revoked = events.stream(RecordChanged.class)
			.filter(e -> e.recordId() == id && e.change() == Change.REVOKED)
			.findFirst()
			.orElseThrow();
		assertThat(revoked.state()).isEqualTo(RecordState.REVOKED);
		assertThat(revoked.provider()).isEqualTo("TAX");
		assertThat(revoked.item()).isEqualTo("ADMIN_PENALTY");
	}

	@Test
	@DisplayName("R-27b R-RP a deleted or repaired record cannot be revoked: 409 RECORD_NOT_ACTIVE, nothing published")
	void aRecordOutOfTheQueriesIsNotRevoked() throws Exception {
		long deleted = stored("deleted-" + System.nanoTime());
		assertThat(records.delete(deleted, "R-27b", "centre").state()).isEqualTo(RecordState.DELETED);
		long repaired = stored("repaired-" + System.nanoTime());
		assertThat(records.repair(repaired, "R-RP", "tax").state()).isEqualTo(RecordState.REPAIRED);

		for (long id : new long[] { deleted, repaired }) {
			revoke(id).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("RECORD_NOT_ACTIVE"))
				.andExpect(jsonPath("$.recordId").value(id));
		}
		assertThat(changesOf(deleted)).containsExactly(Change.STORED, Change.DELETED);
		assertThat(changesOf(repaired)).containsExactly(Change.STORED, Change.REPAIRED);
		assertThat(records.find(deleted).orElseThrow().state()).isEqualTo(RecordState.DELETED);
		assertThat(records.history(repaired)).extracting(RecordVersion::state).containsExactly(RecordState.ACTIVE);
	}
}
