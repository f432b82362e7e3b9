/**
 * 账户: organisations, users, their roles, passwords (BCrypt), bearer API tokens for systems (bounded, listed,
 * revocable), the centre's disable and enable, login throttling per client. {@link io.gongxin.account.Caller}
 * tells every other module who is calling; {@link io.gongxin.account.AccountDecision}s go on the query log.
 */
package io.gongxin.account;
