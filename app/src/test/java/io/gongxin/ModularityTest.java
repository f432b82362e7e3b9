package io.gongxin;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** The layout is the architecture: no cycles between modules, no reach into another module's internals. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(GongxinApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		modules.verify();
	}
}
