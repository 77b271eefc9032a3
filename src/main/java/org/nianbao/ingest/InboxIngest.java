package org.nianbao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.FailureCode;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one file from the inbox folder: converts it, archives the report or keeps the file in the failed
 * folder with its reason. Returning normally means the file is safely somewhere else and may leave the
 * inbox; throwing means it is not, and the caller must not delete it.
 *
 * <p>The pipeline already logs one line per converted or failed document; this class logs only what it
 * alone knows: duplicates, refusals before reading, errors.
 */
public final class InboxIngest {

    private static final Logger LOG = LoggerFactory.getLogger(InboxIngest.class);

    private final ReportPipeline pipeline;
    private final ReportArchive archive;
    private final FailedFolder failed;
    private final long maxBytes;
    private final Clock clock;
    /**
     * Documents read and converted at the same time across every thread calling {@link #ingest}: what a
     * conversion holds (the bytes, the parsers' trees) is bounded by this number, however many threads
     * call. A thread writing its report into the archive (waiting for the disk) holds no slot.
     */
    private final Semaphore conversions;

    /** Ingest with no bound of its own on simultaneous conversions (the callers' threads bound them). */
    public InboxIngest(ReportPipeline pipeline, ReportArchive archive, FailedFolder failed, long maxBytes, Clock clock) {
        this(pipeline, archive, failed, maxBytes, clock, Integer.MAX_VALUE);
    }

    /** Ingest that reads and converts at most {@code conversions} documents at a time. */
    public InboxIngest(ReportPipeline pipeline, ReportArchive archive, FailedFolder failed, long maxBytes, Clock clock,
            int conversions) {
        if (conversions < 1) {
            throw new IllegalArgumentException("at least one conversion at a time, not " + conversions);
        }
        this.pipeline = pipeline;
        this.archive = archive;
        this.failed = failed;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.conversions = new Semaphore(conversions);
    }

    /**
     * Processes {@code file}, received as {@code fileName}. Returns the entries it added to the archive:
     * one for a new report, none for a duplicate or a failure (a mail may add several, hence a list).
     */
    public List<ArchiveEntry> ingest(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            refuseUnread(file, fileName, size);
            return List.of();
        }
        Slot slot = new Slot();
        try {
            SourceDocument source = SourceDocument.of(Files.readAllBytes(file), fileName, SourceDocument.FOLDER, clock.instant());
            return archive.exclusively(source.sha256(), () -> ingestOnce(source, fileName, slot));
        } finally {
            slot.release();
        }
    }

    private List<ArchiveEntry> ingestOnce(SourceDocument source, String fileName, Slot slot) throws IOException {
        Optional<ArchiveEntry> existing = archive.entry(source.sha256());
        if (existing.isPresent()) {
            LOG.info("duplicate sha={} file={} already archived at {}", source.sha256(), LogText.escape(fileName),
                    existing.get().directory());
            return List.of();
        }
        Outcome outcome = pipeline.process(source);
        // Converted: the next document may be read while this one's files are forced to the disk.
        slot.release();
        if (outcome instanceof Outcome.Converted converted) {
            ArchiveEntry entry = archive.store(converted.report(), source);
            LOG.info("archived sha={} file={} in {}/{}", source.sha256(), LogText.escape(fileName), entry.regionFolder(),
                    entry.yearFolder());
            return List.of(entry);
        }
        Outcome.Failed failure = (Outcome.Failed) outcome;
        Path kept = failed.store(source, failure.code(), failure.message());
        LOG.debug("kept sha={} file={} in {} ({})", source.sha256(), LogText.escape(fileName), kept, failure.reasonLine());
        return List.of();
    }

    /** One of the {@link #conversions} permits, taken at creation and given back once (by the first release). */
    private final class Slot {

        private boolean held;

        Slot() throws InterruptedIOException {
            try {
                conversions.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to convert a document");
            }
            held = true;
        }

        void release() {
            if (held) {
                held = false;
                conversions.release();
            }
        }
    }

    /** A file above the size limit is kept without being read into memory, so it cannot exhaust the heap. */
    private void refuseUnread(Path file, String fileName, long size) throws IOException {
        String sha256 = sha256Of(file);
        failed.storeCopy(file, fileName, sha256, FailureCode.TOO_LARGE,
                "the file has " + size + " bytes, more than the limit of " + maxBytes);
        LOG.info("failed sha={} file={} reason={}", sha256, LogText.escape(fileName), FailureCode.TOO_LARGE.reason());
    }

    /**
     * Keeps a file whose processing threw (the archive could not be written, the disk is full...) in the
     * failed folder, so it leaves the inbox instead of being retried forever.
     */
    public Path reject(Path file, String fileName, Throwable cause) throws IOException {
        String message = "the document could not be processed: " + oneLine(cause);
        Path kept = failed.storeCopy(file, fileName, sha256Of(file), FailureCode.INTERNAL_ERROR, message);
        LOG.warn("kept file={} in {} after an error: {}", LogText.escape(fileName), kept, LogText.escape(message));
        return kept;
    }

    private static String oneLine(Throwable cause) {
        String text = cause == null ? "unknown error" : cause.toString();
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
