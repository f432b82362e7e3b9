package io.gongxin.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day deadlines of the subject's rights, as settings (RULES.md: a deployment picks its rule
 * set). Defaults are the 2016 Measures; the 2017 Shanghai Regulations use compare (forward) 2, correct 5, verify 5.
 *
 * @param compareDays the centre compares, and forwards when the record matches, within this many working days
 * of receipt (R-29; the 2017 Regulations: forward within 2)
 * @param correctDays the centre corrects its own error within this many working days of receipt (the 2017
 * Regulations: 5); by default the same as {@code compareDays}
 * @param verifyDays the provider checks within this many working days of forwarding (R-29b)
 * @param deletionDays the centre deletes within this many working days of a request (R-27b)
 * @param repairDays the provider decides a repair application within this many working days (a setting of the
 * deployment: the seeds fix no number; 5 by default)
 */
@ConfigurationProperties("gongxin.rights")
public record RightsDeadlines(Integer compareDays, Integer correctDays, Integer verifyDays, Integer deletionDays,
		Integer repairDays) {

	public RightsDeadlines {
		compareDays = compareDays == null ? 2 : compareDays;
		correctDays = correctDays == null ? compareDays : correctDays;
		verifyDays = verifyDays == null ? 5 : verifyDays;
		deletionDays = deletionDays == null ? 2 : deletionDays;
		repairDays = repairDays == null ? 5 : repairDays;
	}
}
