package io.gongxin.report;

import io.gongxin.account.Caller;

/**
 * Who asks for whose report, and for which matter (a government querier must declare one).
 *
 * @param subjectId the subject's USCC or resident id number as typed
 * @param format {@code HTML} or {@code PDF}
 */
public record ReportRequest(String subjectId, Caller caller, String matter, String purpose, String format) {
}
