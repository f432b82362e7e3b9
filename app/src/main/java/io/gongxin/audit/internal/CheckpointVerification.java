package io.gongxin.audit.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.audit.QueryLogChain.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks each daily checkpoint's signature and that the chain still holds the signed link ({@link Checkpoints}). */
@Component
class CheckpointVerification {

	private final JdbcClient jdbc;

	private final CheckpointSigner signer;

	CheckpointVerification(JdbcClient jdbc, CheckpointSigner signer) {
		this.jdbc = jdbc;
		this.signer = signer;
	}

	/** The first checkpoint whose signature fails or whose link the chain no longer holds. */
	Optional<Problem> verify() {
		return jdbc.sql("""
				select p.day, p.last_seq, p.last_hash, p.signature, c.hash as chain_hash, c.entry_id
				  from audit_checkpoints p left join query_log_chain c on c.seq = p.last_seq order by p.day""")
			.query((rs, row) -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				long seq = rs.getLong("last_seq");
				byte[] hash = rs.getBytes("last_hash");
				boolean signed = signer.verify(day, seq, hash, rs.getBytes("signature"));
				boolean held = Arrays.equals(hash, rs.getBytes("chain_hash"));
				return signed && held ? null : new Problem(seq, rs.getLong("entry_id"), "CHECKPOINT_MISMATCH");
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}
}
