package io.gongxin.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send, so that no anonymous request can make the platform hold or store
 * more than these (issue 12).
 *
 * @param maxBodySize the largest request body other than a file upload (multipart has its own limits); a
 * larger one is refused with 413 {@code REQUEST_TOO_LARGE} before it is read
 * @param maxStringLength the longest string the JSON parser accepts in any request body
 */
@ConfigurationProperties("gongxin.http")
record HttpLimits(@DefaultValue("4MB") DataSize maxBodySize, @DefaultValue("1000000") int maxStringLength) {
}
