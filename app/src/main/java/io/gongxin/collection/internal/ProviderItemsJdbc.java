package io.gongxin.collection.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.collection.ProviderPermissions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ProviderItemsJdbc implements ProviderPermissions {

	private final JdbcClient jdbc;

	ProviderItemsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean permits(String provider, String item) {
		return jdbc.sql("select exists (select 1 from provider_items where provider = ? and item = ?)")
			.params(provider, item)
			.query(Boolean.class)
			.single();
	}

	@Override
	public Set<String> items(String provider) {
		return new TreeSet<>(jdbc.sql("select item from provider_items where provider = ?")
			.param(provider)
			.query(String.class)
			.list());
	}

	@Override
	public Set<String> providersOf(String item) {
		return new TreeSet<>(jdbc.sql("select provider from provider_items where item = ?")
			.param(item)
			.query(String.class)
			.list());
	}

	@Override
	@Transactional
	public void grant(String provider, Collection<String> items) {
		jdbc.sql("delete from provider_items where provider = ?").param(provider).update();
		for (String item : new TreeSet<>(items)) {
			jdbc.sql("insert into provider_items (provider, item) values (?, ?)").params(provider, item).update();
		}
	}
}
