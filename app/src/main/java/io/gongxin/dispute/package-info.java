/**
 * 异议: objections on working-day deadlines: comparison by the centre, forwarding to the
 * provider, the provider's check, the subject's disagreement, the objection mark on the record and its
 * suspension when the provider misses its deadline; and the in-platform notices of every step.
 */
package io.gongxin.dispute;
