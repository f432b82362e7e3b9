package io.gongxin.collection.internal;

/** The outcome for one value: the normalised value, or the code of what is wrong with it. */
record ConvertedValue(Object value, String error) {

	static ConvertedValue ok(Object value) {
		return new ConvertedValue(value, null);
	}

	static ConvertedValue wrong(String code) {
		return new ConvertedValue(null, code);
	}
}
