package io.gongxin.account;

import java.time.OffsetDateTime;

/**
 * A decision about an account's access (a token issued or revoked, the account disabled or enabled, its password
 * changed, its throttles lifted), published in the deciding transaction so that it goes on the tamper-evident
 * query log with who and why; a listener that fails rolls the decision back.
 *
 * @param by who decided
 * @param account the account decided about
 * @param decision {@code TOKEN_ISSUED}, {@code TOKEN_REVOKED}, {@code ACCOUNT_DISABLED}, {@code ACCOUNT_ENABLED},
 * {@code PASSWORD_CHANGED} or {@code LOGIN_THROTTLES_LIFTED}
 * @param why the reason given, or what the decision touched (which token, how many tokens revoked)
 */
public record AccountDecision(OffsetDateTime at, Caller by, String account, String decision, String why) {
}
