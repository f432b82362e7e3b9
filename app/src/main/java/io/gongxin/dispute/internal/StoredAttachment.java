package io.gongxin.dispute.internal;

import java.util.UUID;

/** What a stored piece of evidence is: the answer to its upload. */
record StoredAttachment(UUID id, String fileName, String contentType, long size, String sha256) {
}
