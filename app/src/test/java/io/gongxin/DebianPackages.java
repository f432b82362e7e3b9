package io.gongxin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a Debian package (a CJK TrueType font, Chromium) skip with a printed reason where it is
 * missing, and fail under {@code CI=true}, where {@code .ci/run} installs it.
 */
public final class DebianPackages {

	public static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private DebianPackages() {
	}

	public static Path cjkFont() {
		return require("fonts-wqy-microhei", List.of(WQY_MICROHEI));
	}

	public static Path chromium() {
		return require("chromium", List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
	}

	public static Path chromedriver() {
		return require("chromium-driver", List.of(Path.of("/usr/bin/chromedriver")));
	}

	private static Path require(String debianPackage, List<Path> places) {
		Optional<Path> found = places.stream().filter(Files::isReadable).findFirst();
		if (found.isPresent()) {
			return found.get();
		}
		String reason = "Debian package " + debianPackage + " is not installed (looked at " + places
				+ "); .ci/run installs it";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true: " + reason);
		}
		System.out.println("SKIPPED: " + reason);
		Assumptions.abort(reason);
		return null;
	}
}
