package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;

/** Opens an uploaded file's bytes, once per read. */
interface UploadContent {

	InputStream open() throws IOException;
}
