package org.nianbao.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index converging to the archive, which is the record of what was received. A new entry is
 * indexed at once; when that fails (the database is down, locked, or refused the statement) the entry stays
 * archived, the failure is remembered, and {@link #retryPending} indexes every entry still missing once the
 * index answers again. {@link #converge} does the same unconditionally: at start-up it catches what a crash
 * between the archive write and the index commit left out. Every entry it adds marks its region-year due, so
 * the summaries it changes are rebuilt.
 */
public final class IndexConvergence {

    private static final Logger LOG = LoggerFactory.getLogger(IndexConvergence.class);

    private final ArchiveIndex index;
    private final Path archiveRoot;
    /** Index writes that failed so far; a retry clears them only if none failed while it ran. */
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    public IndexConvergence(ArchiveIndex index, Path archiveRoot) {
        this.index = index;
        this.archiveRoot = archiveRoot;
    }

    /**
     * Indexes a new archive entry. An index that cannot be written does not fail the caller (the document is
     * safely archived): the entry is indexed later by {@link #retryPending}. Empty when it was not indexed now.
     */
    public Optional<IndexResult> indexArchived(ArchiveEntry entry) throws IOException {
        // The archived text goes into the index as it is, never written out again; it is parsed only when
        // the entry does not carry the report it was written from (an entry found on the disk).
        String json = Files.readString(entry.reportJson(), StandardCharsets.UTF_8);
        AnnualReport report = entry.report().isPresent() ? entry.report().get() : Json.mapper().readValue(json, AnnualReport.class);
        try {
            return Optional.of(index.index(report, json, entry.directory()));
        } catch (IndexException e) {
            failures.incrementAndGet();
            LOG.warn("report {} is archived but not indexed yet, it will be indexed once the index answers: {}",
                    entry.sha256(), e.getMessage());
            return Optional.empty();
        }
    }

    /** True while an index write failed and no complete pass has indexed the archive since. */
    public boolean pending() {
        return failures.get() != retried.get();
    }

    /**
     * When an index write failed, indexes every archive entry the index lacks. Returns the number added;
     * while the index still cannot be written, logs why and leaves the work pending.
     */
    public int retryPending() throws IOException {
        long seen = failures.get();
        if (seen == retried.get()) {
            return 0;
        }
        try {
            ArchiveRebuild.Result result = ArchiveRebuild.run(index, archiveRoot);
            retried.accumulateAndGet(seen, Math::max);
            LOG.info("the index is back: {} archived report(s) indexed after failed writes", result.added());
            return result.added();
        } catch (IndexException e) {
            LOG.warn("the index still cannot be written; archived reports wait to be indexed: {}", e.getMessage());
            return 0;
        }
    }

    /** Indexes every archive entry the index lacks (at start-up, and before the scheduled rebuild). */
    public ArchiveRebuild.Result converge() throws IndexException, IOException {
        long seen = failures.get();
        ArchiveRebuild.Result result = ArchiveRebuild.run(index, archiveRoot);
        retried.accumulateAndGet(seen, Math::max);
        return result;
    }
}
