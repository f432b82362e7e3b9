/**
 * 通知: the in-platform inbox of subjects and organisations, and its delivery outward by text message or e-mail
 * through a pluggable {@link io.gongxin.notice.NoticeSender} (ADR 0017). Its own module so that every module that
 * tells a person something ({@code dispute}, {@code repair}) uses it without one owning the other (ADR 0021).
 */
@org.springframework.modulith.ApplicationModule(displayName = "通知 / notices")
package io.gongxin.notice;
