package io.gongxin.platform.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits per anonymous client (by address) and minute.
 *
 * @param anonymousLookupsPerMinute profile reads (API and portal) one anonymous client may make a minute; 0: no
 * limit
 * @param anonymousReportsPerMinute credit reports one anonymous client may ask for a minute; 0: no limit
 * @param exemptClients addresses never counted (a monitoring host; the tests' loopback)
 */
@ConfigurationProperties("gongxin.throttle")
record ThrottleSettings(@DefaultValue("60") int anonymousLookupsPerMinute,
		@DefaultValue("30") int anonymousReportsPerMinute, @DefaultValue({}) List<String> exemptClients) {
}
