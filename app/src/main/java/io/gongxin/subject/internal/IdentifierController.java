package io.gongxin.subject.internal;

import java.util.List;
import java.util.Locale;

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
			return IdentifierAnswer.invalid(check,
					messages.getMessage("identifier.reason." + check.problem(), null, locale));
		}
		return IdentifierAnswer.valid(check);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/identifiers/**"));
	}
}
