package io.gongxin.platform.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every operation's error answers carry the problem schema ({@link ApiDescription#PROBLEM}), as problem+json. */
@Configuration(proxyBeanMethods = false)
class ProblemAnswers {

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	GlobalOpenApiCustomizer problemsOnErrorAnswers() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemAnswers::problems));
		};
	}

	private static void problems(Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5") || "default".equals(status)) {
				response.setContent(problemContent());
			}
		});
		operation.getResponses().computeIfAbsent("default",
				status -> new ApiResponse().description("问题详情 / problem details (RFC 9457)").content(problemContent()));
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ApiDescription.PROBLEM)));
	}
}
