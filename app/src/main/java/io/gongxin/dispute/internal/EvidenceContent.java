package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;

/** A piece of evidence's content, read twice: its first bytes to recognise its type, then whole to store it. */
interface EvidenceContent {

	InputStream open() throws IOException;
}
