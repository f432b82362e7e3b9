/**
 * 查询: what each audience may see of a subject, the subject's authorizations, the
 * public search; every read of subject data writes the query log in the same transaction.
 */
package io.gongxin.query;
