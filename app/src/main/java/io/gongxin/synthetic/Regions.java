package io.gongxin.synthetic;

import java.util.List;

/** Real county-level administrative division codes (GB/T 2260), with the city name used in company names. */
final class Regions {

	record Region(String code, String city, String district) {
	}

	/** Weighted towards Shanghai, the city the demo plays. */
	static final List<Region> ALL = List.of(new Region("310101", "上海", "黄浦区"), new Region("310104", "上海", "徐汇区"),
			new Region("310105", "上海", "长宁区"), new Region("310106", "上海", "静安区"), new Region("310107", "上海", "普陀区"),
			new Region("310109", "上海", "虹口区"), new Region("310110", "上海", "杨浦区"), new Region("310112", "上海", "闵行区"),
			new Region("310113", "上海", "宝山区"), new Region("310114", "上海", "嘉定区"), new Region("310115", "上海", "浦东新区"),
			new Region("310116", "上海", "金山区"), new Region("310117", "上海", "松江区"), new Region("310118", "上海", "青浦区"),
			new Region("310120", "上海", "奉贤区"), new Region("310151", "上海", "崇明区"), new Region("110101", "北京", "东城区"),
			new Region("110105", "北京", "朝阳区"), new Region("110108", "北京", "海淀区"), new Region("320102", "南京", "玄武区"),
			new Region("320505", "苏州", "虎丘区"), new Region("330106", "杭州", "西湖区"), new Region("330212", "宁波", "鄞州区"),
			new Region("340104", "合肥", "蜀山区"), new Region("370202", "青岛", "市南区"), new Region("420106", "武汉", "武昌区"),
			new Region("440106", "广州", "天河区"), new Region("440305", "深圳", "南山区"), new Region("510107", "成都", "武侯区"),
			new Region("610113", "西安", "雁塔区"));

	private Regions() {
	}
}
