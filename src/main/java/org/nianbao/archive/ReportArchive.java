package org.nianbao.archive;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.model.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive on disk: {@code <root>/<regionCode>-<regionName>/<year>/<sha256>/} holding
 * {@code original.<ext>} (the bytes as received) and {@code report.json} (the canonical JSON). An entry is
 * assembled in {@code .staging/} and renamed into place in one step, then recorded in the SHA-256 index,
 * so a crash leaves either a complete entry or none.
 */
public final class ReportArchive {

    public static final String REPORT_JSON = "report.json";
    public static final String ORIGINAL = "original";
    static final String UNKNOWN_REGION = "unknown-region";
    static final String UNKNOWN_YEAR = "unknown-year";
    private static final String STAGING = ".staging";
    private static final String INDEX = ".by-sha256";
    private static final Logger LOG = LoggerFactory.getLogger(ReportArchive.class);

    /** Locks by SHA-256 (striped): two copies of one document never go through check-and-store together. */
    private static final int STRIPES = 256;

    private final Path root;
    private final Path staging;
    private final ShaIndex index;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    /** Work on one document that must not overlap with other work on the same bytes. */
    @FunctionalInterface
    public interface DocumentWork<T> {
        T run() throws IOException;
    }

    private ReportArchive(Path root) {
        this.root = root;
        this.staging = root.resolve(STAGING);
        this.index = new ShaIndex(root, root.resolve(INDEX), staging);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Opens (creating if needed) the archive at {@code root} and clears what an interrupted write left in staging. */
    public static ReportArchive open(Path root) throws IOException {
        ReportArchive archive = new ReportArchive(root.toAbsolutePath().normalize());
        Files.createDirectories(archive.root.resolve(INDEX));
        DurableFiles.deleteTree(archive.staging);
        Files.createDirectories(archive.staging);
        return archive;
    }

    /**
     * The archive at {@code root} for reading only (another process may be writing it): nothing is created
     * and nothing in staging is touched.
     */
    public static ReportArchive forReading(Path root) {
        return new ReportArchive(root.toAbsolutePath().normalize());
    }

    /** Every archived SHA-256 (one per entry), in ascending order; empty when there is no archive yet. */
    public List<String> shas() throws IOException {
        return Files.isDirectory(root.resolve(INDEX)) ? index.shas() : List.of();
    }

    /**
     * Runs {@code work} while no other thread of this process works on the document {@code sha256} through
     * this method or {@link #store}: of two copies of one report arriving together, the second sees the
     * first one's entry.
     */
    public <T> T exclusively(String sha256, DocumentWork<T> work) throws IOException {
        ReentrantLock lock = stripes[Math.floorMod(sha256.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    public Path root() {
        return root;
    }

    /** The entry folder of a document, if it is archived. */
    public Optional<Path> find(String sha256) throws IOException {
        return index.lookup(sha256);
    }

    public boolean contains(String sha256) throws IOException {
        return find(sha256).isPresent();
    }

    /** The archived entry of a document, if it is archived. */
    public Optional<ArchiveEntry> entry(String sha256) throws IOException {
        Optional<Path> directory = find(sha256);
        return directory.isPresent() ? Optional.of(entryAt(sha256, directory.get())) : Optional.empty();
    }

    /** Every archived entry, ordered by SHA-256. */
    public List<ArchiveEntry> entries() throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (String sha : index.shas()) {
            Optional<ArchiveEntry> entry = entry(sha);
            entry.ifPresent(entries::add);
        }
        return entries;
    }

    /**
     * Archives a converted document. Storing bytes already archived changes nothing and returns the
     * existing entry. When this returns, the entry and its index pointer are on the disk.
     */
    public ArchiveEntry store(AnnualReport report, SourceDocument source) throws IOException {
        return exclusively(source.sha256(), () -> storeOnce(report, source));
    }

    private ArchiveEntry storeOnce(AnnualReport report, SourceDocument source) throws IOException {
        String sha = source.sha256();
        Optional<ArchiveEntry> existing = entry(sha);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path target = root.resolve(regionFolder(report)).resolve(yearFolder(report)).resolve(sha);
        Path stage = staging.resolve(sha + "-" + UUID.randomUUID());
        try {
            assemble(stage, report, source);
            Files.createDirectories(target.getParent());
            moveIntoPlace(stage, target);
        } catch (IOException e) {
            discard(stage, e);
            throw e;
        }
        index.put(sha, target);
        return entryAt(sha, target).withReport(report);
    }

    private static void assemble(Path stage, AnnualReport report, SourceDocument source) throws IOException {
        Files.createDirectories(stage);
        DurableFiles.write(stage.resolve(ORIGINAL + "." + extension(report, source)), source.bytes());
        DurableFiles.write(stage.resolve(REPORT_JSON), Json.mapper().writeValueAsBytes(report));
        DurableFiles.syncDirectory(stage);
    }

    private static void moveIntoPlace(Path stage, Path target) throws IOException {
        try {
            DurableFiles.moveAtomically(stage, target);
        } catch (FileSystemException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            // Only a complete entry is ever renamed into place: this one was written by an earlier run
            // that stopped before recording it in the index (the rename then fails with "not empty").
            LOG.info("archive entry {} already present; recording it in the index", target);
            DurableFiles.deleteTree(stage);
        }
    }

    /** Removes a failed write's staging folder; the original error is what the caller reports. */
    private static void discard(Path stage, IOException cause) {
        try {
            DurableFiles.deleteTree(stage);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    static String regionFolder(AnnualReport report) {
        Region region = report.report() == null ? null : report.report().region();
        if (region == null) {
            return UNKNOWN_REGION;
        }
        String label = Stream.of(region.code(), region.name())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("-"));
        return label.isEmpty() ? UNKNOWN_REGION : SafeFileName.of(label);
    }

    static String yearFolder(AnnualReport report) {
        Integer year = report.report() == null ? null : report.report().year();
        return year == null ? UNKNOWN_YEAR : year.toString();
    }

    /** The extension of the format the document was read as; the received name's only when the format is unknown. */
    static String extension(AnnualReport report, SourceDocument source) {
        String mediaType = report.source() == null ? null : report.source().mediaType();
        Optional<DocumentFormat> format = Arrays.stream(DocumentFormat.values())
                .filter(f -> f.mediaType().equals(mediaType))
                .findFirst();
        if (format.isPresent()) {
            return format.get().name().toLowerCase(Locale.ROOT);
        }
        String received = SafeFileName.extensionOf(source.fileName());
        return received.isEmpty() ? "bin" : received;
    }

    private static ArchiveEntry entryAt(String sha, Path directory) throws IOException {
        Path original;
        try (Stream<Path> files = Files.list(directory)) {
            original = files.filter(p -> p.getFileName().toString().startsWith(ORIGINAL + "."))
                    .findFirst()
                    .orElseThrow(() -> new IOException("archive entry " + directory + " has no original file"));
        }
        return new ArchiveEntry(sha, directory, original, directory.resolve(REPORT_JSON));
    }
}
