package org.nianbao.correction;

import java.util.Locale;

/**
 * One correction, as recorded: who made it, when, on which report, what it changed from what to what, and
 * why. {@code undoes} names the correction an {@link Kind#UNDO} takes back.
 *
 * @param target for a cell its path below {@code tables.} ({@code requests.newReceived.total}); for a field
 *               its name (agency, region, year, scope); for a check {@code R4@reviewLitigation.review}
 */
public record Correction(String id, String reportId, Kind kind, String target, String oldValue, String newValue,
                         String reason, String user, String at, String undoes) {

    /** What a correction does. */
    public enum Kind {
        CELL, FIELD, CONFIRM_CHECK, DISMISS_CHECK, EXCLUDE, UNDO;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Chinese name shown in the audit trail. */
        public String label() {
            return switch (this) {
                case CELL -> "更正单元格";
                case FIELD -> "更正元数据";
                case CONFIRM_CHECK -> "确认校验错误";
                case DISMISS_CHECK -> "驳回校验";
                case EXCLUDE -> "不计入汇总";
                case UNDO -> "撤销";
            };
        }
    }

    /** The key a check is confirmed or dismissed by: its rule and target. */
    public static String checkKey(String checkId, String target) {
        return checkId + "@" + target;
    }
}
