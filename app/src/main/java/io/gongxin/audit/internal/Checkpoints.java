package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.gongxin.platform.Meters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day is over, its last sealed link is signed (SM2) and kept; {@link CheckpointVerification} checks each
 * signature and that the chain still holds the signed link, so cutting or rewriting the tail is caught.
 */
@Component
class Checkpoints {

	private final JdbcClient jdbc;

	private final ChainLinks links;

	private final CheckpointSigner signer;

	private final Clock clock;

	private final Meters meters;

	Checkpoints(JdbcClient jdbc, ChainLinks links, CheckpointSigner signer, Clock clock, Meters meters) {
		this.jdbc = jdbc;
		this.links = links;
		this.signer = signer;
		this.clock = clock;
		this.meters = meters;
	}

	@Transactional
	public void signFinishedDays() {
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		LocalDate after = jdbc.sql("select max(day) from audit_checkpoints").query(LocalDate.class).optional().orElse(null);
		LocalDate first = links.firstEntryAt().map(t -> t.atZoneSameInstant(zone).toLocalDate()).orElse(null);
		for (LocalDate day : FinishedDays.due(after, first, today)) {
			links.lastBefore(day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).ifPresent(last -> sign(day, last));
		}
	}

	private void sign(LocalDate day, ChainLink last) {
		int signed = jdbc.sql("""
				insert into audit_checkpoints (day, last_seq, last_hash, public_key, signature) values (?, ?, ?, ?, ?)
				on conflict (day) do nothing""")
			.params(day, last.seq(), last.hash(), signer.publicKey(), signer.sign(day, last.seq(), last.hash()))
			.update();
		if (signed == 1) {
			meters.checkpointSigned();
		}
	}
}
