package io.gongxin.dispute.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One piece of evidence as its objection's page lists it. */
record Evidence(UUID id, String fileName, String contentType, long size, OffsetDateTime createdAt) {
}
