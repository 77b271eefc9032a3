/**
 * Corrections the office makes to a converted report, with their audit trail: each is kept append-only in
 * the report's archive folder ({@code corrections.jsonl}) and in the index; the effective report is the
 * conversion with its corrections applied and its checks run again. The original bytes and
 * {@code report.json} are never changed.
 */
package org.nianbao.correction;
