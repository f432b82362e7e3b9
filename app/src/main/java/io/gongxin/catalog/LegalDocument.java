package io.gongxin.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * R-11b: which fields of a dishonesty item name the effective legal document behind a record (the decision or
 * judgment number and the body that decided it), and which holds the day it was decided (R-RP counts from it).
 *
 * @param number the field holding the document's number (决定书文号, 认定文书号 ...)
 * @param body the field holding the deciding body (处罚机关, 认定机关 ...)
 * @param decidedOn the date field holding the day of the decision, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalDocument(String number, String body, String decidedOn) {
}
