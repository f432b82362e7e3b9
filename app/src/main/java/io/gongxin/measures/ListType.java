package io.gongxin.measures;

/** 严重失信主体名单 / 守信激励名单 (红名单). */
public enum ListType {
	SERIOUS_DISHONESTY, RED
}
