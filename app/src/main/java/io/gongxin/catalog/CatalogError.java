package io.gongxin.catalog;

/** Something wrong with a catalog document: where ({@code items[3].fields[1].name}), a stable code, and why. */
public record CatalogError(String path, String code, String message) {
}
