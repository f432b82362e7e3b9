package io.gongxin.demo;

import java.nio.charset.StandardCharsets;

import io.gongxin.batch.BatchUploads;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The tax bureau's demo batch, partly failed, so its workspace lists an error report. */
@Component
@ConditionalOnBooleanProperty("gongxin.demo")
class DemoBatch {

	private final BatchUploads batches;

	DemoBatch(BatchUploads batches) {
		this.batches = batches;
	}

	/** The demo batch's file name, which the tax bureau's workspace lists with its error report. */
	static final String PARTLY_FAILED_BATCH = "示范批次-行政处罚.csv";

	/**
	 * A batch of the tax bureau with two good rows and two bad ones (an amount written in words, a missing decision
	 * date), so the error report can be downloaded, mended and sent back at once.
	 */
	void queue(SyntheticSubjects generator) {
		StringBuilder csv = new StringBuilder(
				"数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,决定书文号,处罚类别,处罚决定日期,处罚机关,罚款金额（万元）\n");
		String[][] rows = { { "2", "2026-06-01" }, { "两万", "2026-06-02" }, { "1.5", "2026-06-03" }, { "3", "" } };
		for (int i = 0; i < rows.length; i++) {
			SyntheticOrganisation company = generator.organisation();
			String day = "2026-06-0" + (i + 1);
			csv.append(String.join(",", "demo-batch-" + (i + 1), "法人和其他组织", company.code().value(), company.name(), day, "",
					"沪税罚〔2026〕" + (11 + i) + "号", "罚款", rows[i][1], "市税务局", rows[i][0])).append('\n');
		}
		batches.queue("TAX", "tax", "ADMIN_PENALTY", PARTLY_FAILED_BATCH, csv.toString().getBytes(StandardCharsets.UTF_8));
	}
}
