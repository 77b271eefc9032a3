package org.nianbao.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The versions of one report (same agency, region and year, different bytes), oldest first. The newest is
 * current; each older one is superseded by the version that followed it. The whole group is re-ordered on
 * every arrival, so a version that arrives late but was sent earlier takes its place among the older ones.
 */
final class VersionChain {

    /** One version as ordered: by received time, then publication date, then arrival; unknowns first. */
    record Version(String id, Instant receivedAt, LocalDate publishedOn, long arrival, String supersededBy) {
    }

    static final Comparator<Version> OLDEST_FIRST = Comparator
            .comparing(Version::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Version::publishedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Version::arrival);

    private static final String GROUP = "SELECT id, received_at, published_on, arrival, superseded_by"
            + " FROM archived_report WHERE agency_key = ? AND region_code = ? AND report_year = ?";

    private VersionChain() {
    }

    /** Re-links the versions of the report described by {@code row}; returns the id of the current one. */
    static String relink(Connection c, ReportColumns row) throws SQLException {
        List<Version> versions = group(c, row);
        versions.sort(OLDEST_FIRST);
        try (PreparedStatement update = c.prepareStatement("UPDATE archived_report SET superseded_by = ? WHERE id = ?")) {
            for (int i = 0; i < versions.size(); i++) {
                Version version = versions.get(i);
                String successor = i + 1 < versions.size() ? versions.get(i + 1).id() : null;
                if (!Objects.equals(successor, version.supersededBy())) {
                    update.setString(1, successor);
                    update.setString(2, version.id());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        return versions.get(versions.size() - 1).id();
    }

    private static List<Version> group(Connection c, ReportColumns row) throws SQLException {
        List<Version> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(GROUP)) {
            s.setString(1, row.agencyKey());
            s.setString(2, row.regionCode());
            s.setInt(3, row.year());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(new Version(rs.getString(1),
                            ReportTable.instant(rs.getObject(2, OffsetDateTime.class)),
                            rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getString(5)));
                }
            }
        }
        return versions;
    }
}
