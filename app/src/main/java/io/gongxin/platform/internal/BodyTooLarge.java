package io.gongxin.platform.internal;

import java.io.IOException;

/**
 * Thrown by a capped stream ({@link RequestBodyLimit}); the problem handler answers it with 413 whoever reads the
 * body.
 */
final class BodyTooLarge extends IOException {

	BodyTooLarge() {
		super(RequestBodyLimit.CODE, null);
	}
}
