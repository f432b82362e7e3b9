/**
 * 工作日: statutory holidays and adjusted working days as yearly data, and working-day arithmetic for
 * every deadline (R-WD). A year with no data is counted on a provisional calendar computed from
 * 《全国年节及纪念日放假办法》 (lunar dates and 清明 from ICU4J), and every answer says whether it is provisional.
 */
package io.gongxin.calendar;
