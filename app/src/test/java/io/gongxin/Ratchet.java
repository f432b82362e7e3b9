package io.gongxin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that came after the code: the offenders found when it came are listed in
 * {@code src/test/resources/fitness/<name>.txt}, one per line, as {@code key} or {@code key size}. A finding not
 * on the list fails; a listed one whose size grew fails; a listed one no longer found fails too, so the list only
 * shrinks. Lines starting with {@code #} are comments.
 */
public final class Ratchet {

	private final String name;

	private final Map<String, Integer> listed;

	private Ratchet(String name, Map<String, Integer> listed) {
		this.name = name;
		this.listed = listed;
	}

	public static Ratchet of(String name) {
		Map<String, Integer> listed = new LinkedHashMap<>();
		try (InputStream in = Ratchet.class.getResourceAsStream("/fitness/" + name + ".txt")) {
			if (in != null) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String entry = line.strip();
					if (!entry.isEmpty() && !entry.startsWith("#")) {
						Finding finding = Finding.parse(entry);
						listed.put(finding.key(), finding.size());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new Ratchet(name, listed);
	}

	/** Findings as {@code key} or {@code key size} (a size is the last word when it is a number). */
	public void check(List<String> findings) {
		List<String> unlisted = new ArrayList<>();
		List<String> grown = new ArrayList<>();
		Map<String, Integer> mended = new LinkedHashMap<>(listed);
		for (String entry : findings) {
			Finding finding = Finding.parse(entry);
			Integer allowed = mended.remove(finding.key());
			if (allowed == null && !listed.containsKey(finding.key())) {
				unlisted.add(entry);
			}
			else if (allowed != null && finding.size() > allowed) {
				grown.add(entry + " (listed at " + allowed + ")");
			}
		}
		assertThat(unlisted).as("new findings (fix them; fitness/%s.txt lists only the old ones)", name).isEmpty();
		assertThat(grown).as("listed findings that grew (fitness/%s.txt)", name).isEmpty();
		assertThat(mended.keySet()).as("mended: remove them from fitness/%s.txt", name).isEmpty();
	}

	private record Finding(String key, int size) {

		static Finding parse(String entry) {
			int space = entry.lastIndexOf(' ');
			if (space > 0 && entry.substring(space + 1).matches("\\d+")) {
				return new Finding(entry.substring(0, space), Integer.parseInt(entry.substring(space + 1)));
			}
			return new Finding(entry, 0);
		}
	}
}
