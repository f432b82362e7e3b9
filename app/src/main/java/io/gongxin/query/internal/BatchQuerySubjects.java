package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Which subject each line of a batch query names, found with one query; never the code itself is kept (R-20b). */
@Component
class BatchQuerySubjects {

	private final Identifiers identifiers;

	private final Subjects subjects;

	BatchQuerySubjects(Identifiers identifiers, Subjects subjects) {
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	/** every reading of a code valid both ways is looked up; the primary one wins when both are known. */
	List<BatchQueryLine> lines(List<String> codes) {
		List<IdentifierCheck> checks = codes.stream().map(identifiers::check).toList();
		Set<SubjectIdentifier> readings = checks.stream()
			.flatMap(check -> check.readings().stream())
			.collect(Collectors.toSet());
		Map<SubjectIdentifier, SubjectKey> known = subjects.findAll(readings);
		return IntStream.range(0, checks.size()).mapToObj(i -> {
			IdentifierCheck check = checks.get(i);
			return check.readings().stream().map(known::get).filter(Objects::nonNull).findFirst()
				.map(key -> BatchQueryLine.found(i, key.value()))
				.orElseGet(() -> BatchQueryLine.refused(i, check.valid() ? "UNKNOWN_SUBJECT" : "INVALID_IDENTIFIER"));
		}).toList();
	}
}
