/**
 * 工作日: statutory holidays and adjusted working days as yearly data, and working-day arithmetic for
 * every deadline (R-WD). A year with no data is reported, never guessed.
 */
package io.gongxin.calendar;
