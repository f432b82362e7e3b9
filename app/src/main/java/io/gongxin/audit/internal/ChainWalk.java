package io.gongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import io.gongxin.audit.QueryLogChain.Problem;

/** Where the walk is: the link it expects next, the hash it chains to, and the first problem found. */
final class ChainWalk {

	long expectedSeq = 1;

	byte[] previous = EntryHash.GENESIS;

	long sealed;

	long watermark;

	Problem problem;

	/** Checks one link of the chain against the entry it seals; stops at the first that does not hold. */
	void visit(ResultSet rs) throws SQLException {
		if (problem != null) {
			return;
		}
		long seq = rs.getLong("seq");
		long entryId = rs.getLong("entry_id");
		if (seq != expectedSeq) {
			problem = new Problem(expectedSeq, entryId, "LINK_DELETED");
			return;
		}
		if (rs.getObject("id") == null) {
			problem = new Problem(seq, entryId, "ENTRY_DELETED");
			return;
		}
		byte[] hash = rs.getBytes("hash");
		if (!Arrays.equals(rs.getBytes("prev_hash"), previous)
				|| !Arrays.equals(EntryHash.of(previous, entryId, QueryLogRows.entry(rs)), hash)) {
			problem = new Problem(seq, entryId, "ENTRY_ALTERED");
			return;
		}
		previous = hash;
		expectedSeq++;
		sealed++;
		watermark = Math.max(watermark, entryId);
	}
}
