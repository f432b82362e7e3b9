/**
 * 归集: providers and the items each may submit ({@link io.gongxin.collection.ProviderPermissions}), submission
 * by API, the check of a record against the published catalog ({@link io.gongxin.collection.RecordCheck}, also
 * for batch rows and corrections), a provider's own records ({@link io.gongxin.collection.ProviderRecords}),
 * the collection log and the timeliness of licensing and penalty decisions. Batch files are the {@code batch}
 * module's (ADR 0024).
 */
package io.gongxin.collection;
