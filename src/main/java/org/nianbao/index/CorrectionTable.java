package org.nianbao.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.correction.Correction;

/**
 * The index's copy of the corrections ({@code report_correction}, migration V3). Adding a correction the
 * table already holds (same id) changes nothing, so the archive's files can be loaded again at any time.
 */
public final class CorrectionTable {

    private static final String COLUMNS = "id, report_id, kind, target, old_value, new_value, reason, user_name, made_at, undoes";

    private final IndexSettings settings;

    public CorrectionTable(IndexSettings settings) {
        this.settings = settings;
    }

    /** Adds the corrections not held yet; returns how many were added. */
    public int add(List<Correction> corrections) throws IndexException {
        int added = 0;
        try (Connection c = settings.connect()) {
            for (Correction k : corrections) {
                if (contains(c, k.id())) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO report_correction (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, k.id());
                    s.setString(2, k.reportId());
                    s.setString(3, k.kind().name());
                    s.setString(4, k.target());
                    s.setString(5, k.oldValue());
                    s.setString(6, k.newValue());
                    s.setString(7, k.reason());
                    s.setString(8, k.user());
                    s.setString(9, k.at());
                    s.setString(10, k.undoes());
                    s.executeUpdate();
                    added++;
                }
            }
        } catch (SQLException e) {
            throw new IndexException("cannot store corrections in the archive index at " + settings + ": " + e.getMessage(), e);
        }
        return added;
    }

    /** The corrections of one report, in the order they were made. */
    public List<Correction> of(String reportId) throws IndexException {
        return select(" WHERE report_id = ? ORDER BY seq", reportId);
    }

    /** Every correction, in the order they were made. */
    public List<Correction> all() throws IndexException {
        return select(" ORDER BY seq", null);
    }

    private List<Correction> select(String where, String reportId) throws IndexException {
        List<Correction> found = new ArrayList<>();
        try (Connection c = settings.connect();
             PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM report_correction" + where)) {
            if (reportId != null) {
                s.setString(1, reportId);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Correction(rs.getString(1), rs.getString(2), Correction.Kind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new IndexException("cannot read corrections from the archive index at " + settings + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static boolean contains(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM report_correction WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
