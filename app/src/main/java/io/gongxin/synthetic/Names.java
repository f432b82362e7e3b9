package io.gongxin.synthetic;

import java.util.SplittableRandom;

/** Chinese person and company names assembled from common parts. */
final class Names {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宁浩然思远嘉怡雨欣晨宇梓涵子轩一诺佳琪俊杰志强海燕晓东春梅国庆建华立新";

	private static final String TRADE = "华信达恒瑞泰盛通康宏博嘉德鑫源丰汇隆安和远新兴科联创立明聚晨锦润永昌裕祥";

	private static final String[] INDUSTRY = { "科技", "贸易", "建设工程", "餐饮管理", "物流", "食品", "环保科技", "医药",
			"文化传媒", "电子商务", "建材", "物业管理", "机械设备", "信息技术", "企业管理咨询", "服饰", "汽车服务", "教育科技" };

	private static final String[] FORM = { "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司" };

	private Names() {
	}

	static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder().append(pick(SURNAMES, random)).append(pick(GIVEN, random));
		if (random.nextInt(10) < 7) {
			name.append(pick(GIVEN, random));
		}
		return name.toString();
	}

	static String company(SplittableRandom random, String city) {
		return city + pick(TRADE, random) + pick(TRADE, random) + INDUSTRY[random.nextInt(INDUSTRY.length)]
				+ FORM[random.nextInt(FORM.length)];
	}

	static String shop(SplittableRandom random, String district, String owner) {
		return district + owner + INDUSTRY[random.nextInt(INDUSTRY.length)] + "经营部";
	}

	static String cooperative(SplittableRandom random, String district) {
		return district + pick(TRADE, random) + pick(TRADE, random) + "农民专业合作社";
	}

	private static char pick(String chars, SplittableRandom random) {
		return chars.charAt(random.nextInt(chars.length()));
	}
}
