package io.gongxin.subject;

/**
 * Seals data that holds id numbers and must rest for a while (an uploaded batch file waiting for its
 * worker) with the identifier vault's encryption key, so it is no more readable in the database than
 * the id numbers themselves. The context (e.g. {@code batch:<id>:<part>}) is bound to the ciphertext:
 * a sealed part copied under another context does not open.
 */
public interface DataSealing {

	byte[] seal(byte[] plain, String context);

	/** The plain data, or an {@link IllegalStateException} if the ciphertext was altered or moved. */
	byte[] open(byte[] sealed, String context);
}
