package org.nianbao.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nianbao.correction.CorrectionLog;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to the archive folder: every {@code report.json} under it whose entry (named by its
 * SHA-256) the index does not hold yet is indexed, in path order, with its entry folder as the archive path.
 * Entries already indexed are recognised by their folder name and not even read, so a run over a complete
 * index costs one folder walk and one query; running it twice changes nothing. Entries still being written
 * ({@code .staging}) are skipped.
 */
public final class ArchiveRebuild {

    public static final String REPORT_JSON = "report.json";
    private static final String STAGING = ".staging";
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRebuild.class);

    /** What a rebuild did: reports added, reports already there, and files that could not be read. */
    public record Result(int added, int alreadyIndexed, List<String> unreadable) {
    }

    private ArchiveRebuild() {
    }

    public static Result run(ArchiveIndex index, Path archiveRoot) throws IndexException, IOException {
        if (!Files.isDirectory(archiveRoot)) {
            LOG.info("no archive at {}: nothing to index", archiveRoot);
            return new Result(0, 0, List.of());
        }
        int added = 0;
        int already = 0;
        List<String> unreadable = new ArrayList<>();
        Set<String> indexed = index.ids();
        for (Path file : reportFiles(archiveRoot)) {
            if (indexed.contains(file.getParent().getFileName().toString())) {
                already++;
                continue;
            }
            AnnualReport report;
            try {
                report = Json.mapper().readValue(file.toFile(), AnnualReport.class);
            } catch (IOException e) {
                // One damaged entry must not keep the rest of the archive out of the index: it is listed and logged.
                String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                LOG.warn("archive entry {} is not readable and stays out of the index: {}", file, why);
                unreadable.add(file + ": " + why);
                continue;
            }
            if (index.index(report, file.getParent()) == IndexResult.ADDED) {
                added++;
            } else {
                already++;
            }
            // The office's corrections live beside the report; the index holds a copy of them.
            new CorrectionTable(index.settings()).add(CorrectionLog.read(file.getParent()));
        }
        if (added > 0 || !unreadable.isEmpty()) {
            LOG.info("archive {} indexed: {} added, {} already indexed, {} unreadable", archiveRoot, added, already,
                    unreadable.size());
        }
        return new Result(added, already, List.copyOf(unreadable));
    }

    private static List<Path> reportFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(REPORT_JSON))
                    .filter(p -> !root.relativize(p).toString().startsWith(STAGING))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
