package org.nianbao.extract;

import java.util.List;

/**
 * The data rows of table 二, with their label phrase and their JSON columns in each template. A row that
 * one template lacks has no columns there.
 */
enum ProactiveRow {
    REGULATIONS("regulations", "规章",
            List.of("newlyMade", "newlyPublished", "totalPublished"), List.of("issued", "repealed", "inForce")),
    NORMATIVE_DOCUMENTS("normativeDocuments", "规范性文件",
            List.of("newlyMade", "newlyPublished", "totalPublished"), List.of("issued", "repealed", "inForce")),
    LICENSING("licensing", "行政许可", List.of("previousCount", "change", "decisions"), List.of("decisions")),
    OTHER_SERVICES("otherServices", "其他对外管理服务事项", List.of("previousCount", "change", "decisions"), List.of()),
    PUNISHMENT("punishment", "行政处罚", List.of("previousCount", "change", "decisions"), List.of("decisions")),
    COERCION("coercion", "行政强制", List.of("previousCount", "change", "decisions"), List.of("decisions")),
    FEES("fees", "行政事业性收费", List.of("previousCount", "change"), List.of("amountWanYuan")),
    PROCUREMENT("procurement", "政府集中采购", List.of("projects", "amount"), List.of());

    private final String field;
    private final String label;
    private final List<String> columns2019;
    private final List<String> columns2021;

    ProactiveRow(String field, String label, List<String> columns2019, List<String> columns2021) {
        this.field = field;
        this.label = label;
        this.columns2019 = columns2019;
        this.columns2021 = columns2021;
    }

    String field() {
        return field;
    }

    /** The row's template label. */
    String label() {
        return label;
    }

    List<String> columns(boolean template2021) {
        return template2021 ? columns2021 : columns2019;
    }

    /** The row a printed label names: the label starts with the row's name ("规章（设区的市…）" is 规章). */
    static ProactiveRow match(Token token) {
        if (!token.isLabelSized() || token.isValue()) {
            return null;
        }
        String core = token.core();
        for (ProactiveRow row : values()) {
            boolean hit = row == NORMATIVE_DOCUMENTS
                    ? core.startsWith("规范性文件") || core.startsWith("行政规范性文件")
                    : core.startsWith(row.label);
            if (hit && core.length() <= row.label.length() + 30) {
                return row;
            }
        }
        return null;
    }
}
