package io.gongxin.batch.internal;

import java.io.Closeable;
import java.io.IOException;

/** The rows of an uploaded file, read one at a time so that a file of any size streams. */
interface RowSource extends Closeable {

	/** The next row with content, or null at the end. */
	SourceRow next() throws IOException;
}
