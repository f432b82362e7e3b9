package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.CatalogError;

/** A draft's validation: valid when no error is found. */
record ValidationAnswer(boolean valid, List<CatalogError> errors) {
}
