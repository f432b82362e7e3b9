/**
 * 账户: organisations, users, their roles, passwords (BCrypt), bearer API tokens for systems, login
 * and lock-out. {@link io.gongxin.account.Caller} tells every other module who is calling.
 */
package io.gongxin.account;
