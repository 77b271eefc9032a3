package org.nianbao.model;

/** The {@code report} object: metadata of one annual report. */
public record ReportMeta(
        String title,
        String agency,
        Integer year,
        String publishedOn,
        String indexNumber,
        Region region,
        String template,
        String scope) {
}
