package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import io.gongxin.audit.QueryLog.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day is over, its last sealed link is signed (SM2) and kept; verification checks each
 * signature and that the chain still holds the signed link, so cutting or rewriting the tail is caught.
 */
@Component
class Checkpoints {

	private final JdbcClient jdbc;

	private final CheckpointSigner signer;

	private final Clock clock;

	private final io.gongxin.platform.Meters meters;

	Checkpoints(JdbcClient jdbc, CheckpointSigner signer, Clock clock, io.gongxin.platform.Meters meters) {
		this.meters = meters;
		this.jdbc = jdbc;
		this.signer = signer;
		this.clock = clock;
	}

	@Transactional
	public void signFinishedDays() {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		LocalDate after = jdbc.sql("select max(day) from audit_checkpoints").query(LocalDate.class).optional().orElse(null);
		LocalDate first = jdbc.sql("select min(entry_at) from query_log_chain").query(OffsetDateTime.class).optional()
			.map(t -> t.atZoneSameInstant(zone).toLocalDate())
			.orElse(null);
		if (first == null) {
			return;
		}
		for (LocalDate day = after == null ? first : after.plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
			OffsetDateTime end = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
			record Link(long seq, byte[] hash) {
			}
			Optional<Link> last = jdbc.sql("select seq, hash from query_log_chain where entry_at < ? order by seq desc limit 1")
				.param(end)
				.query((rs, row) -> new Link(rs.getLong(1), rs.getBytes(2)))
				.optional();
			if (last.isEmpty()) {
				continue;
			}
			int signed = jdbc.sql("""
					insert into audit_checkpoints (day, last_seq, last_hash, public_key, signature) values (?, ?, ?, ?, ?)
					on conflict (day) do nothing""")
				.params(day, last.get().seq(), last.get().hash(), signer.publicKey(),
						signer.sign(day, last.get().seq(), last.get().hash()))
				.update();
			if (signed == 1) {
				meters.checkpointSigned();
			}
		}
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
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}
}
