/**
 * 统计监测: the centre's figures — records collected per provider and month, late submissions, objections
 * handled within their deadline, queries per matter, measures applied, list entries and repairs — read from this
 * module's own projections, which listeners keep from the other modules' events (issue 15; the registry retries
 * a listener that failed). Queries and applied measures, which no event announces, are counted by the modules
 * that keep them ({@code QueryCounts}, {@code MeasuresApplied}).
 */
package io.gongxin.stats;
