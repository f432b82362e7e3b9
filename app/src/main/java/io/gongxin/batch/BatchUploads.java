package io.gongxin.batch;

import java.util.UUID;

/**
 * Queues a batch file as a provider's upload would, for code that holds the file itself (the demo city's
 * sample batch). The file is processed by the batch workers like any upload.
 */
public interface BatchUploads {

	/**
	 * @param fileName the file's name, whose extension says its format (csv, xlsx, jsonl)
	 * @return the batch's id
	 */
	UUID queue(String provider, String username, String item, String fileName, byte[] content);
}
