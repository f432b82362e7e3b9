package io.gongxin.collection;

import java.util.List;

import io.gongxin.account.Caller;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A provider's own records (API.md, Collection): browsed, read with their history, revoked. Every read is written
 * to the query log; a provider sees and revokes only its own organisation's records.
 */
public interface ProviderRecords {

	/** Why a record is revoked. */
	record RevocationRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	/** The provider's records, newest first, optionally of one item; without their subjects. */
	List<ProviderRecord> ofProvider(Caller caller, String item, Integer page, Integer size);

	/** One record with its subject and history; a provider's only if it is its own. */
	ProviderRecord record(long id, Caller caller);

	/** Revokes one of the provider's own records (written to the collection log). */
	ProviderRecord revoke(long id, RevocationRequest request, Caller caller);
}
