/**
 * 联合奖惩: the serious-dishonesty and red lists, measure checks for a subject and a matter evaluated by
 * small named policies over catalog data (R-22 to R-24e), legal-representative linkage (R-24b) and the
 * feedback of measures applied (R-24c).
 */
package io.gongxin.measures;
