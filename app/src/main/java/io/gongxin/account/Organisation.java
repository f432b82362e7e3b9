package io.gongxin.account;

/** A body that uses the platform: the centre, a provider, a querying body, an agency or a regulator. */
public record Organisation(String code, String name) {
}
