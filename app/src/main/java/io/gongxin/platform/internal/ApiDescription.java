package io.gongxin.platform.internal;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description integrators read ({@code /v3/api-docs}): a real title, version and description in
 * Chinese and English, and the named {@code Problem} schema (RFC 9457 with the platform's stable {@code code})
 * every error is answered with ({@link ProblemAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI gongxinOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "1" : build.getIfAvailable().getVersion();
		return new OpenAPI().info(new Info().title("公信 Gongxin 公共信用信息平台 API / Public Credit Information Platform API")
			.version(version)
			.description("""
					公信平台的 HTTP 接口：信用信息归集、查询、异议、修复、信用报告与统计。所有错误均以 RFC 9457 \
					problem details（application/problem+json）返回，带稳定的 code 字段；身份证号在任何响应中均已掩码。

					The HTTP interface of Gongxin: collection of credit records, queries, objections, credit repair, \
					credit reports and statistics. Every error is an RFC 9457 problem (application/problem+json) with a \
					stable `code`; resident id numbers are masked in every answer.""")
			.license(new License().name("Apache-2.0")))
			.components(new Components().addSchemas(PROBLEM, problemSchema()));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details with the platform's stable code")
			.properties(Map.of("type", new StringSchema().description("problem type URI"), "title",
					new StringSchema().description("short title in the caller's language"), "status",
					new IntegerSchema().description("HTTP status"), "detail",
					new StringSchema().description("what happened, in the caller's language"), "instance",
					new StringSchema(), "code", new StringSchema().description("stable machine-readable code"),
					"requestId", new StringSchema().description("the request's id (X-Request-Id)")))
			.additionalProperties(true);
	}
}
