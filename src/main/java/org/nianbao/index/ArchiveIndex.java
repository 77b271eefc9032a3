package org.nianbao.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queryable table of every archived report. Indexing is idempotent (an id already held changes
 * nothing); a new version of an agency's report for a year becomes current and the older ones stay,
 * marked superseded. Each arrival also marks its region-year due for a summary rebuild. Calls share a small
 * pool of open connections, so one instance serves every thread; writes are serialized because re-linking
 * versions reads and rewrites a whole group. Close it when done: the pool keeps the database open.
 */
public final class ArchiveIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);

    /** Connections kept open: writes are serialized, so a few serve indexing and summary reads together. */
    private static final int CONNECTIONS = 4;

    private final IndexSettings settings;
    private final Clock clock;
    private final ConnectionPool connections;
    /** Done once the tables are at the current schema version; failed with the reason when they cannot be. */
    private final CompletableFuture<Void> schema;

    private ArchiveIndex(IndexSettings settings, Clock clock, CompletableFuture<Void> schema) {
        this.settings = settings;
        this.clock = clock;
        this.connections = new ConnectionPool(settings, CONNECTIONS);
        this.schema = schema;
    }

    /** Opens the index, creating or upgrading its tables to the current schema version. */
    public static ArchiveIndex open(IndexSettings settings) throws IndexException {
        return open(settings, Clock.systemUTC());
    }

    public static ArchiveIndex open(IndexSettings settings, Clock clock) throws IndexException {
        migrate(settings);
        return new ArchiveIndex(settings, clock, CompletableFuture.completedFuture(null));
    }

    /**
     * The index, its tables created or upgraded on a thread of its own: returns at once, and every call
     * waits until the tables are ready (or fails with the reason they cannot be). The service starts its
     * routes meanwhile, so the first document is read while the schema is checked.
     */
    public static ArchiveIndex openInBackground(IndexSettings settings, Clock clock) {
        CompletableFuture<Void> schema = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                migrate(settings);
                schema.complete(null);
            } catch (IndexException | RuntimeException e) {
                schema.completeExceptionally(e);
            }
        }, "index-open");
        thread.setDaemon(true);
        thread.start();
        return new ArchiveIndex(settings, clock, schema);
    }

    private static void migrate(IndexSettings settings) throws IndexException {
        try {
            Flyway.configure()
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IndexException("the archive index at " + settings + " cannot be opened or upgraded: "
                    + e.getMessage(), e);
        }
    }

    /** Waits until the tables are at the current schema version; throws why they cannot be. */
    public void awaitOpen() throws IndexException {
        try {
            schema.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while the archive index at " + settings + " was being opened", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IndexException cause) {
                throw cause;
            }
            throw new IndexException("the archive index at " + settings + " cannot be opened or upgraded: "
                    + e.getCause(), e.getCause());
        }
    }

    /** The connections, once the tables are ready. */
    private ConnectionPool ready() throws IndexException {
        awaitOpen();
        return connections;
    }

    public IndexSettings settings() {
        return settings;
    }

    /**
     * Adds an archived report. {@code archivePath} is its entry folder in the archive. Returns
     * {@link IndexResult#ALREADY_INDEXED} when the index holds this id already.
     */
    public IndexResult index(AnnualReport report, Path archivePath) throws IndexException {
        String json;
        try {
            json = Json.mapper().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw failure("cannot index report " + report.id(), new SQLException(
                    "the report cannot be written as JSON: " + e.getOriginalMessage(), e));
        }
        return index(report, json, archivePath);
    }

    /**
     * Adds an archived report whose canonical JSON is already at hand ({@code json}, e.g. the text of its
     * archived {@code report.json}), so it is not written out a second time.
     */
    public synchronized IndexResult index(AnnualReport report, String json, Path archivePath) throws IndexException {
        if (report.id() == null || report.id().isBlank()) {
            throw new IndexException("a report without an id (its SHA-256) cannot be indexed");
        }
        ReportColumns row = ReportColumns.of(report);
        Instant now = clock.instant();
        try {
            return ready().with(c -> inTransaction(c, row, report, json, archivePath, now));
        } catch (SQLException e) {
            throw failure("cannot index report " + report.id(), e);
        }
    }

    /** On failure the connection is given up by the pool, so only a successful run resets auto-commit. */
    private static IndexResult inTransaction(Connection c, ReportColumns row, AnnualReport report, String json,
            Path archivePath, Instant now) throws SQLException {
        c.setAutoCommit(false);
        IndexResult result;
        try {
            result = add(c, row, report, json, archivePath, now);
            c.commit();
        } catch (SQLException e) {
            throw rolledBack(c, e);
        } catch (RuntimeException e) {
            throw rolledBack(c, e);
        }
        c.setAutoCommit(true);
        return result;
    }

    /** Rolls back; a connection that broke cannot, and that second error must not hide the first. */
    private static <E extends Exception> E rolledBack(Connection c, E cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        return cause;
    }

    private static IndexResult add(Connection c, ReportColumns row, AnnualReport report, String json, Path archivePath,
            Instant now) throws SQLException {
        if (ReportTable.contains(c, row.id())) {
            return IndexResult.ALREADY_INDEXED;
        }
        ReportTable.insert(c, row, report, json, archivePath, now);
        if (row.versioned()) {
            String current = VersionChain.relink(c, row);
            if (!current.equals(row.id())) {
                LOG.info("report {} is an older version of {} ({} {}): indexed as superseded",
                        row.id(), current, row.agency(), row.year());
            }
        }
        if (row.regionCode() != null && row.year() != null) {
            SummaryDueTable.touch(c, new RegionYear(row.regionCode(), row.year()), now);
        }
        return IndexResult.ADDED;
    }

    /** The indexed report with this id. */
    public Optional<IndexedReport> find(String id) throws IndexException {
        try {
            return ready().with(c -> ReportTable.find(c, id));
        } catch (SQLException e) {
            throw failure("cannot read report " + id, e);
        }
    }

    /** Every version (current and superseded) of the reports for this region and year. */
    public List<IndexedReport> regionYear(RegionYear regionYear) throws IndexException {
        try {
            return ready().with(c -> ReportTable.regionYear(c, regionYear));
        } catch (SQLException e) {
            throw failure("cannot read the reports of " + regionYear, e);
        }
    }

    /** Every region-year some indexed report is for, by code then year. */
    public List<RegionYear> regionYears() throws IndexException {
        try {
            return ready().with(c -> ReportTable.regionYears(c));
        } catch (SQLException e) {
            throw failure("cannot list the region-years", e);
        }
    }

    /** The ids (SHA-256) of every indexed report, superseded versions included. */
    public Set<String> ids() throws IndexException {
        try {
            return ready().with(ReportTable::ids);
        } catch (SQLException e) {
            throw failure("cannot list the indexed reports", e);
        }
    }

    /** The number of indexed reports, superseded versions included. */
    public long size() throws IndexException {
        try {
            return ready().with(c -> ReportTable.count(c));
        } catch (SQLException e) {
            throw failure("cannot count the indexed reports", e);
        }
    }

    /**
     * Region-years that received a report and then none since {@code quietSince}, or that have waited for a
     * rebuild since before {@code waitingSince} while reports kept arriving.
     */
    public List<DueRegionYear> dueSince(Instant quietSince, Instant waitingSince) throws IndexException {
        try {
            return ready().with(c -> SummaryDueTable.due(c, quietSince, waitingSince));
        } catch (SQLException e) {
            throw failure("cannot read the region-years due for a summary", e);
        }
    }

    /** Records that the summary of {@code due} was rebuilt; a report that arrived meanwhile keeps it due. */
    public void summaryBuilt(DueRegionYear due, Instant builtAt) throws IndexException {
        try {
            ready().with(c -> {
                SummaryDueTable.clear(c, due, builtAt);
                return null;
            });
        } catch (SQLException e) {
            throw failure("cannot clear " + due.regionYear() + " from the summaries due", e);
        }
    }

    /** Closes the pooled connections (an embedded database is then closed too). */
    @Override
    public void close() throws IndexException {
        try {
            schema.exceptionally(failure -> null).join();
            connections.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    private IndexException failure(String what, Exception e) {
        return new IndexException(what + " in the archive index at " + settings + ": " + e.getMessage(), e);
    }
}
