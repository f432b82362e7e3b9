package io.gongxin.collection;

import java.util.List;
import java.util.Map;

import io.gongxin.platform.DomainException;


/**
 * A correction a submission would have been refused for: 400 with the same {@code errors} as
 * {@code POST /records}. The problem's code is {@code PROHIBITED_FIELD} when a prohibited field was sent
 * otherwise {@code INVALID_CORRECTION}.
 */
public class InvalidCorrectionException extends DomainException {

	public InvalidCorrectionException(List<RecordError> errors) {
		super(Kind.INVALID, codeOf(errors), Map.of("errors", List.copyOf(errors)), errors.size());
	}

	private static String codeOf(List<RecordError> errors) {
		return errors.stream().anyMatch(e -> "PROHIBITED_FIELD".equals(e.code())) ? "PROHIBITED_FIELD" : "INVALID_CORRECTION";
	}
}
