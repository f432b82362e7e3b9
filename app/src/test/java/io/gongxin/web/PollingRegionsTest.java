package io.gongxin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a region that htmx refreshes by itself ({@code hx-trigger="every …"}) is announced to a screen reader
 * when it changes: it, or a region around it, is {@code aria-live="polite"}. Read from the templates themselves.
 */
class PollingRegionsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	@DisplayName("every region htmx polls is aria-live polite, itself or a region around it")
	void polledRegionsAreLive() throws IOException, ParseException {
		List<String> polled = new ArrayList<>();
		List<String> silent = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(file));
				for (Element element : elements(document)) {
					if (polls(element)) {
						String where = TEMPLATES.relativize(file) + ":" + element.getLine();
						polled.add(where);
						if (!live(element)) {
							silent.add(where);
						}
					}
				}
			}
		}
		assertThat(polled).as("the batch progress on /provider polls").isNotEmpty();
		assertThat(silent).isEmpty();
	}

	private static boolean polls(Element element) {
		return Stream.of("hx-trigger", "th:hx-trigger", "data-hx-trigger")
			.map(element::getAttributeValue)
			.anyMatch(trigger -> trigger != null && trigger.matches("(?s).*\\bevery\\b.*"));
	}

	private static boolean live(Element element) {
		for (INestableNode node = element; node instanceof Element each; node = each.getParent()) {
			if ("polite".equals(each.getAttributeValue("aria-live"))) {
				return true;
			}
		}
		return false;
	}

	private static List<Element> elements(INestableNode parent) {
		List<Element> all = new ArrayList<>();
		for (INode child : parent.getChildren()) {
			if (child instanceof Element element) {
				all.add(element);
				all.addAll(elements(element));
			}
		}
		return all;
	}
}
