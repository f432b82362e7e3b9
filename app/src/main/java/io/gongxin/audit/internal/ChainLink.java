package io.gongxin.audit.internal;

/** A link of the chain: its place, the entry it seals and its hash; the genesis (all zero) before the first. */
record ChainLink(long seq, long entryId, byte[] hash) {

	static final ChainLink GENESIS = new ChainLink(0, 0, EntryHash.GENESIS);
}
