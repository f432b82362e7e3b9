package io.gongxin.batch.internal;

import java.math.BigDecimal;
import java.util.List;

import io.gongxin.collection.RecordError;
import org.dhatim.fastexcel.reader.Cell;

/**
 * What a cell of a batch spreadsheet holds. An id number Excel stored as a number has lost its last digits
 * (Excel keeps 15): it is reported, never guessed. Formula cells are refused; date cells become dates.
 */
final class XlsxCells {

	private XlsxCells() {
	}

	/** The cell's value, or null with the reason in {@code errors}. */
	static Object value(Cell cell, ColumnMap columns, int column, List<RecordError> errors) {
		String name = columns.nameOf(column);
		switch (cell.getType()) {
			case FORMULA -> {
				errors.add(new RecordError(name, "FORMULA_NOT_ALLOWED", "单元格不得包含公式"));
				return null;
			}
			case ERROR -> {
				errors.add(new RecordError(name, "INVALID_VALUE", "单元格为错误值"));
				return null;
			}
			case NUMBER -> {
				if (columns.holdsIdentifier(column)) {
					errors.add(new RecordError(name, "NUMERIC_IDENTIFIER",
							"代码或身份证号码被 Excel 存为数字，末位已丢失；请将该列设为文本格式后重新填写"));
					return null;
				}
				if (columns.holdsDate(column) || isDateFormat(cell.getDataFormatString())) {
					return cell.asDate().toLocalDate();
				}
				return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
			}
			case EMPTY -> {
				return null;
			}
			default -> {
				return cell.getText();
			}
		}
	}

	private static boolean isDateFormat(String format) {
		return format != null && format.matches("(?i).*[ymd].*") && !format.equalsIgnoreCase("general");
	}
}
