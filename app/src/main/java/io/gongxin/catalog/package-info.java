/**
 * 三清单: the versioned catalog. The data list (items with field schemas, disclosure, query period),
 * the behaviour list (severity of each dishonest behaviour) and the application list (matters, the
 * items each may see, their measures); and the guard that keeps prohibited personal data out.
 */
package io.gongxin.catalog;
