package io.gongxin.catalog;

/** 基本信息 / 失信信息 / 其他信息 (Arts. 11-13). */
public enum Category {
	BASIC, DISHONEST, OTHER
}
