package io.gongxin.batch.internal;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the first poll (the scheduler starts its tasks when the context is refreshed, after
 * this): no uploaded file outlives its finished batch (a crash between outcome and deletion, or files from
 * before they were kept in the database), and no work file of this node's previous life is left.
 */
@Component
class UploadSweep implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(UploadSweep.class);

	private final JdbcClient jdbc;

	private final UploadFileSweep files;

	UploadSweep(JdbcClient jdbc, UploadFileSweep files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int parts = sweep();
		if (parts > 0) {
			log.info("Deleted {} stored parts of finished batches' uploads", parts);
		}
	}

	/** Returns how many stored parts were deleted. */
	int sweep() {
		int parts = jdbc.sql("""
				delete from batch_files f using batches b
				 where b.id = f.batch_id and b.status in ('DONE', 'FAILED')""").update();
		List<String> oldFiles = jdbc.sql("""
				select stored_path from batches where status in ('DONE', 'FAILED') and stored_path is not null""")
			.query(String.class)
			.list();
		oldFiles.forEach(path -> BatchFiles.deleteQuietly(Path.of(path)));
		jdbc.sql("update batches set stored_path = null where status in ('DONE', 'FAILED') and stored_path is not null")
			.update();
		files.sweep();
		return parts;
	}
}
