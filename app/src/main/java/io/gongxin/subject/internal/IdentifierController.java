package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public check of an identifier: an invalid code is an answer, not an error. */
@RestController
@RequestMapping("/api/v1/identifiers")
@Tag(name = "identifiers", description = "统一社会信用代码与身份证号码校验 / identifier validation")
class IdentifierController implements PublicEndpoints {

	private final Identifiers identifiers;

	private final MessageSource messages;

	IdentifierController(Identifiers identifiers, MessageSource messages) {
		this.identifiers = identifiers;
		this.messages = messages;
	}

	@GetMapping("/{code}")
	@Operation(summary = "校验统一社会信用代码或身份证号码 / check a USCC or resident id number")
	IdentifierAnswer check(@PathVariable String code, Locale locale) {
		IdentifierCheck check = identifiers.check(code);
		if (!check.valid()) {
			return new IdentifierAnswer(check.input(), false, null, check.normalized(), null, null, null,
					messages.getMessage("identifier.reason." + check.problem(), null, locale), check.problem().name());
		}
		// a code valid both ways names both; the subject type declared with it decides
		return new IdentifierAnswer(check.input(), true, typeName(check.identifier()), check.normalized(),
				check.readings().stream().map(IdentifierController::typeName).toList(), check.birthDate(),
				check.legacy() ? Boolean.TRUE : null, null, null);
	}

	/**
	 * API.md: {@code {"input","valid","type","normalized"}} always ({@code type} null when invalid); a valid code
	 * adds {@code types}, a resident id its {@code birthDate}, a legacy code {@code legacy}; an invalid one
	 * {@code reason} and {@code reasonCode}.
	 */
	record IdentifierAnswer(String input, boolean valid, String type, String normalized,
			@JsonInclude(Include.NON_NULL) List<String> types, @JsonInclude(Include.NON_NULL) LocalDate birthDate,
			@JsonInclude(Include.NON_NULL) Boolean legacy, @JsonInclude(Include.NON_NULL) String reason,
			@JsonInclude(Include.NON_NULL) String reasonCode) {
	}

	private static String typeName(io.gongxin.subject.SubjectIdentifier identifier) {
		return switch (identifier.subjectType()) {
			case LEGAL_PERSON -> "USCC";
			case NATURAL_PERSON -> "RESIDENT_ID";
		};
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/identifiers/**"));
	}
}
