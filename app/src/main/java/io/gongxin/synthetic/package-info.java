/**
 * Synthetic subjects for demo mode and benchmarks: valid codes and id numbers with real region codes,
 * Chinese company and person names, reproducible from a seed. Every value is drawn at random; nothing
 * is taken from a real person or company on purpose.
 */
package io.gongxin.synthetic;
