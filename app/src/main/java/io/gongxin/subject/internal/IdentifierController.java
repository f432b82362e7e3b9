package io.gongxin.subject.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
	Map<String, Object> check(@PathVariable String code, Locale locale) {
		IdentifierCheck check = identifiers.check(code);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("input", check.input());
		body.put("valid", check.valid());
		body.put("type", check.valid() ? typeName(check.identifier()) : null);
		body.put("normalized", check.normalized());
		if (check.valid()) {
			// a code valid both ways names both; the subject type declared with it decides
			body.put("types", check.readings().stream().map(IdentifierController::typeName).toList());
			if (check.birthDate() != null) {
				body.put("birthDate", check.birthDate().toString());
			}
			if (check.legacy()) {
				body.put("legacy", true);
			}
		}
		else {
			body.put("reason", messages.getMessage("identifier.reason." + check.problem(), null, locale));
			body.put("reasonCode", check.problem().name());
		}
		return body;
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
