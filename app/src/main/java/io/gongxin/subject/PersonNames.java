package io.gongxin.subject;

import java.util.Set;

/**
 * What an anonymous caller may see of a natural person's name (issue 12): the family name only, {@code 张*}. One
 * star whatever the given name's length, so that not even its length is told.
 */
public final class PersonNames {

	/** Shown for a person whose name is not shown at all. */
	public static final String HIDDEN = "*";

	/** The compound family names in common use (复姓); any other name's family name is its first character. */
	private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
			"长孙", "宇文", "司徒", "夏侯", "令狐", "澹台", "轩辕", "端木", "南宫", "西门", "独孤", "呼延", "万俟", "申屠", "太史",
			"闻人", "公羊", "赫连", "拓跋", "鲜于", "钟离", "濮阳", "淳于", "单于", "百里", "东郭", "司空", "仲孙", "子车", "第五");

	private PersonNames() {
	}

	/** {@code 张*}, {@code 欧阳*}; {@link #HIDDEN} for a name that is missing or nothing but a family name. */
	public static String familyNameOnly(String name) {
		if (name == null || name.isBlank()) {
			return HIDDEN;
		}
		String text = name.strip();
		int count = text.codePointCount(0, text.length());
		int family = count > 2 && COMPOUND.contains(text.substring(0, text.offsetByCodePoints(0, 2))) ? 2 : 1;
		if (count <= family) {
			return HIDDEN;
		}
		return text.substring(0, text.offsetByCodePoints(0, family)) + "*";
	}
}
