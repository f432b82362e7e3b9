package io.gongxin.catalog;

/**
 * R-24, R-24d: the published criteria of a list: who enters it, when one leaves it, and how to seek
 * remedy.
 */
public record ListCriteria(String name, String entry, String exit, String remedy) {
}
