package org.nianbao.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Region;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The indexed columns of a report, read null-safely from its JSON model. */
record ReportColumns(
        String id,
        String agency,
        String agencyKey,
        String regionCode,
        Integer year,
        String template,
        String scope,
        String status,
        String fileName,
        String channel,
        Instant receivedAt,
        LocalDate publishedOn) {

    private static final Logger LOG = LoggerFactory.getLogger(ReportColumns.class);

    static ReportColumns of(AnnualReport report) {
        ReportMeta meta = Optional.ofNullable(report.report())
                .orElse(new ReportMeta(null, null, null, null, null, null, null, null));
        Source source = report.source();
        String regionCode = Optional.ofNullable(meta.region()).map(Region::code).orElse(null);
        return new ReportColumns(report.id(), meta.agency(), agencyKey(meta.agency()), regionCode, meta.year(),
                meta.template(), meta.scope(), report.status(),
                source == null ? null : source.fileName(),
                source == null ? null : source.channel(),
                source == null ? null : instant(report.id(), source.receivedAt()),
                date(report.id(), meta.publishedOn()));
    }

    /** The agency as versions are matched: the same name however it was spaced or broken over lines. */
    static String agencyKey(String agency) {
        return agency == null ? null : agency.replaceAll("\\s+", "");
    }

    /** Whether this report can be matched with other versions of itself (it names agency, region and year). */
    boolean versioned() {
        return agencyKey != null && !agencyKey.isEmpty() && regionCode != null && year != null;
    }

    // A date that does not parse orders as unknown; the report is still indexed, and the log says why.
    private static Instant instant(String id, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            LOG.warn("report {}: received time '{}' is not an ISO-8601 instant; ordering it as unknown", id, text);
            return null;
        }
    }

    private static LocalDate date(String id, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            LOG.warn("report {}: publication date '{}' is not yyyy-mm-dd; ordering it as unknown", id, text);
            return null;
        }
    }
}
