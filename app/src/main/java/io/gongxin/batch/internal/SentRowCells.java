package io.gongxin.batch.internal;

import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/** A rejected row's cells in the error report, as the provider sent them but for a person's id number, masked. */
@Component
class SentRowCells {

	private final Identifiers identifiers;

	SentRowCells(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	void write(Worksheet sheet, int r, RawRecord raw, CatalogItem item) {
		Object[] cells = { raw.sourceRef(), raw.subjectType(), masked(raw.subjectId()), raw.subjectName(), raw.occurredOn(),
				raw.endedOn() };
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] != null) {
				sheet.value(r, c, String.valueOf(cells[c]));
			}
		}
		if (raw.fields() instanceof Map<?, ?> fields) {
			int c = cells.length;
			for (CatalogField field : item.fields()) {
				Object value = fields.get(field.name());
				if (value != null) {
					sheet.value(r, c, String.valueOf(value));
				}
				c++;
			}
		}
	}

	private String masked(Object id) {
		if (id == null) {
			return null;
		}
		IdentifierCheck check = identifiers.check(String.valueOf(id));
		return check.valid() ? check.identifier().masked() : "（无效标识，已隐去）";
	}
}
