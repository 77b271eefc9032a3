package org.nianbao.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code summary_due} table: region-years that received a report since their summary was last built,
 * with the time of the latest arrival. Kept in the database, not in memory, so a restart loses none.
 */
final class SummaryDueTable {

    private SummaryDueTable() {
    }

    static void touch(Connection c, RegionYear regionYear, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE summary_due SET touched_at = ? WHERE region_code = ? AND report_year = ?")) {
            ReportTable.setInstant(update, 1, now);
            update.setString(2, regionYear.code());
            update.setInt(3, regionYear.year());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO summary_due (region_code, report_year, touched_at, waiting_since) VALUES (?, ?, ?, ?)")) {
            ReportTable.bind(insert, regionYear);
            ReportTable.setInstant(insert, 3, now);
            ReportTable.setInstant(insert, 4, now);
            insert.executeUpdate();
        }
    }

    /**
     * The region-years whose latest arrival is older than {@code quietSince}, or that have been waiting
     * since before {@code waitingSince} however often reports keep arriving; oldest first.
     */
    static List<DueRegionYear> due(Connection c, Instant quietSince, Instant waitingSince) throws SQLException {
        List<DueRegionYear> due = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT region_code, report_year, touched_at FROM summary_due"
                + " WHERE touched_at <= ? OR COALESCE(waiting_since, touched_at) <= ?"
                + " ORDER BY touched_at, region_code, report_year")) {
            ReportTable.setInstant(s, 1, quietSince);
            ReportTable.setInstant(s, 2, waitingSince);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new DueRegionYear(new RegionYear(rs.getString(1), rs.getInt(2)),
                            ReportTable.instant(rs.getObject(3, OffsetDateTime.class))));
                }
            }
        }
        return due;
    }

    /**
     * Clears a region-year unless another report arrived after {@code touchedAt}: then it stays due, and
     * its wait starts again at {@code builtAt}.
     */
    static void clear(Connection c, DueRegionYear due, Instant builtAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM summary_due WHERE region_code = ? AND report_year = ? AND touched_at <= ?")) {
            ReportTable.bind(s, due.regionYear());
            ReportTable.setInstant(s, 3, due.lastArrival());
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE summary_due SET waiting_since = ? WHERE region_code = ? AND report_year = ?")) {
            ReportTable.setInstant(s, 1, builtAt);
            s.setString(2, due.regionYear().code());
            s.setInt(3, due.regionYear().year());
            s.executeUpdate();
        }
    }
}
