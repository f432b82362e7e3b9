/**
 * 统计监测: the centre's figures — records collected per provider and month, late submissions, objections
 * handled within their deadline, queries per matter, measures applied — read with plain aggregate SQL over the
 * other modules' tables (read-only; ADR 0006).
 */
package io.gongxin.stats;
