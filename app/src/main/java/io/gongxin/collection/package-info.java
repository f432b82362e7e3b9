/**
 * 归集: providers and the items each may submit, submissions by API and by file (CSV, XLSX, JSON Lines),
 * validation against the published catalog, idempotent storage, revocation, the collection log and
 * timeliness of licensing and penalty decisions.
 */
package io.gongxin.collection;
