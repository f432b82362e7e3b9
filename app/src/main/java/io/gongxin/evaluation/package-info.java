/** 分类分级: an explainable credit grade of a subject from its shown records, by the catalog's published model. */
package io.gongxin.evaluation;
