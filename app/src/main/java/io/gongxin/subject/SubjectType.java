package io.gongxin.subject;

/** 法人和其他组织 / 自然人. */
public enum SubjectType {

	/** 法人和其他组织: legal persons and other organisations, identified by a USCC. */
	LEGAL_PERSON,
	/** 自然人: natural persons, identified by a resident id number. */
	NATURAL_PERSON
}
