/**
 * 信息主体: identifiers (unified social credit codes and resident id numbers: validation,
 * normalisation, masking), subjects and their legal representatives, and the vault that keeps a
 * natural person's id number encrypted and findable only by a keyed blind index.
 */
package io.gongxin.subject;
