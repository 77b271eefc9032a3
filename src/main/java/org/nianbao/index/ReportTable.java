package org.nianbao.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Json;

/** The SQL of the {@code archived_report} and {@code failed_check} tables. */
final class ReportTable {

    private static final String COLUMNS = "id, agency, agency_key, region_code, report_year, template, scope, status,"
            + " file_name, channel, received_at, published_on, archive_path, superseded_by, indexed_at, report_json";
    private static final String INSERT = "INSERT INTO archived_report (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)";
    private static final String INSERT_CHECK =
            "INSERT INTO failed_check (report_id, check_no, check_id, target) VALUES (?, ?, ?, ?)";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM archived_report";
    private static final String REGION_YEAR = " WHERE region_code = ? AND report_year = ?";
    private static final String CHECKS_OF_REGION_YEAR = "SELECT f.report_id, f.check_id, f.target"
            + " FROM failed_check f JOIN archived_report r ON r.id = f.report_id"
            + " WHERE r.region_code = ? AND r.report_year = ? ORDER BY f.report_id, f.check_no";

    private ReportTable() {
    }

    static boolean contains(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM archived_report WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts the report's row; {@code json} is the report as canonical JSON (as archived). */
    static void insert(Connection c, ReportColumns row, AnnualReport report, String json, Path archivePath, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, row.id());
            s.setString(2, row.agency());
            s.setString(3, row.agencyKey());
            s.setString(4, row.regionCode());
            setInteger(s, 5, row.year());
            s.setString(6, row.template());
            s.setString(7, row.scope());
            s.setString(8, row.status());
            s.setString(9, row.fileName());
            s.setString(10, row.channel());
            setInstant(s, 11, row.receivedAt());
            setDate(s, 12, row.publishedOn());
            s.setString(13, archivePath == null ? null : archivePath.toString());
            setInstant(s, 14, now);
            s.setString(15, json);
            s.executeUpdate();
        }
        insertFailedChecks(c, row.id(), report.checks());
    }

    private static void insertFailedChecks(Connection c, String id, List<Check> checks) throws SQLException {
        if (checks == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_CHECK)) {
            int number = 0;
            for (Check check : checks) {
                if (check.failed()) {
                    s.setString(1, id);
                    s.setInt(2, ++number);
                    s.setString(3, check.id());
                    s.setString(4, check.target());
                    s.addBatch();
                }
            }
            if (number > 0) {
                s.executeBatch();
            }
        }
    }

    static Optional<IndexedReport> find(Connection c, String id) throws SQLException {
        List<IndexedReport> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE id = ?")) {
            s.setString(1, id);
            read(s, Map.of(id, failedChecks(c, id)), found);
        }
        return found.stream().findFirst();
    }

    /** Every version, current or superseded, whose report is for this region and year, by agency then arrival. */
    static List<IndexedReport> regionYear(Connection c, RegionYear regionYear) throws SQLException {
        Map<String, List<CheckFailure>> checks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(CHECKS_OF_REGION_YEAR)) {
            bind(s, regionYear);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    checks.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new CheckFailure(rs.getString(2), rs.getString(3)));
                }
            }
        }
        List<IndexedReport> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + REGION_YEAR + " ORDER BY agency_key, arrival")) {
            bind(s, regionYear);
            read(s, checks, found);
        }
        return found;
    }

    static List<RegionYear> regionYears(Connection c) throws SQLException {
        List<RegionYear> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT region_code, report_year FROM archived_report"
                + " WHERE region_code IS NOT NULL AND report_year IS NOT NULL ORDER BY region_code, report_year");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(new RegionYear(rs.getString(1), rs.getInt(2)));
            }
        }
        return found;
    }

    static Set<String> ids(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM archived_report");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM archived_report");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<CheckFailure> failedChecks(Connection c, String id) throws SQLException {
        List<CheckFailure> checks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT check_id, target FROM failed_check WHERE report_id = ? ORDER BY check_no")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    checks.add(new CheckFailure(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return checks;
    }

    private static void read(PreparedStatement s, Map<String, List<CheckFailure>> checks, List<IndexedReport> into)
            throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.add(row(rs, checks.getOrDefault(rs.getString("id"), List.of())));
            }
        }
    }

    private static IndexedReport row(ResultSet rs, List<CheckFailure> checks) throws SQLException {
        String id = rs.getString("id");
        int year = rs.getInt("report_year");
        return new IndexedReport(id, rs.getString("agency"), rs.getString("region_code"),
                rs.wasNull() ? null : year, rs.getString("template"), rs.getString("scope"), rs.getString("status"),
                checks, rs.getString("file_name"), rs.getString("channel"),
                instant(rs.getObject("received_at", OffsetDateTime.class)),
                rs.getObject("published_on", LocalDate.class), rs.getString("archive_path"),
                rs.getString("superseded_by"), report(id, rs.getString("report_json")));
    }

    private static AnnualReport report(String id, String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, AnnualReport.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("the stored JSON of report " + id + " cannot be read back: " + e.getOriginalMessage(), e);
        }
    }

    static void bind(PreparedStatement s, RegionYear regionYear) throws SQLException {
        s.setString(1, regionYear.code());
        s.setInt(2, regionYear.year());
    }

    static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, date);
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
