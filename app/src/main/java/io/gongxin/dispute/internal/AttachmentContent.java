package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.DataSealing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An attachment's content read back from its sealed parts ({@link AttachmentParts}), one part in memory at a time. */
@Component
class AttachmentContent {

	private final JdbcClient jdbc;

	private final DataSealing sealing;

	AttachmentContent(JdbcClient jdbc, DataSealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/**
	 * Streams the content out. A file an earlier version left on a node's disk and that node has not moved in yet
	 * is read from there if this is that node.
	 */
	void copy(Attachments.Stored stored, OutputStream out) throws IOException {
		List<Integer> parts = jdbc.sql("select part from objection_attachment_parts where attachment_id = ? order by part")
			.param(stored.id())
			.query(Integer.class)
			.list();
		if (parts.isEmpty() && stored.oldPath() != null) {
			Path old = Path.of(stored.oldPath());
			if (!Files.isRegularFile(old)) {
				throw new DomainException(DomainException.Kind.UNAVAILABLE, "ATTACHMENT_ON_ANOTHER_NODE");
			}
			Files.copy(old, out);
			return;
		}
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i) != i) {
				throw new IllegalStateException("attachment " + stored.id() + " misses part " + i);
			}
			byte[] sealed = jdbc.sql("select content from objection_attachment_parts where attachment_id = ? and part = ?")
				.params(stored.id(), i)
				.query(byte[].class)
				.single();
			out.write(sealing.open(sealed, AttachmentParts.context(stored.id(), i)));
		}
	}
}
