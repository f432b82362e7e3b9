package io.gongxin.catalog;

/** 公开信息 / 非公开信息 (Art. 16, R-16a). */
public enum Disclosure {
	PUBLIC, NON_PUBLIC
}
