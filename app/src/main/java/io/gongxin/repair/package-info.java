/**
 * 信用修复 / 删除: deletion of commendation, volunteering and charity records on the subject's request
 * (R-27b), credit repair after the minimum publication period (R-RP), and the expiry sweep (R-27a).
 */
package io.gongxin.repair;
