package io.gongxin.collection;

/** Why one submitted record, or one of its fields, was refused: the field, a stable code, a message. */
public record RecordError(String field, String code, String message) {
}
