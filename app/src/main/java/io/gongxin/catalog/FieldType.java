package io.gongxin.catalog;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The type of a catalog field, written in lower case as API.md names it. */
public enum FieldType {

	STRING, TEXT, DATE, DECIMAL, INTEGER, ENUM, IDENTIFIER;

	@JsonValue
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static FieldType of(String value) {
		return valueOf(value.trim().toUpperCase(Locale.ROOT));
	}
}
