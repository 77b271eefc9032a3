package org.nianbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.archive.ReportArchive;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexSettings;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.Json;

/**
 * What a stopped service left in its folders, compared with the documents it was given: archive entries
 * (folders holding a report.json) and their pointers, failed documents, and the index rows.
 */
record EndState(int dropped, Set<String> archived, int pointers, int failedFiles, Set<String> failed,
                Set<String> indexed, Set<String> lost, Set<String> notIndexed, Set<String> notArchived) {

    static EndState of(List<Path> documents, Path work) throws IOException, IndexException {
        Set<String> dropped = new HashSet<>();
        for (Path document : documents) {
            dropped.add(SourceDocument.sha256Hex(Files.readAllBytes(document)));
        }
        Path archive = work.resolve("archive");
        Set<String> archived = entries(archive);
        int pointers = ReportArchive.forReading(archive).shas().size();
        List<Path> reasons = reasonFiles(work.resolve("failed"));
        Set<String> failed = new HashSet<>();
        for (Path reason : reasons) {
            JsonNode note = Json.mapper().readTree(reason.toFile());
            failed.add(note.path("sha256").asText());
        }
        Set<String> indexed;
        IndexSettings settings = new IndexSettings("jdbc:h2:file:" + work.resolve("data/index").toAbsolutePath(), "sa", "");
        try (ArchiveIndex index = ArchiveIndex.open(settings)) {
            indexed = index.ids();
        }
        return new EndState(dropped.size(), archived, pointers, reasons.size(), failed, indexed,
                minus(minus(dropped, archived), failed), minus(archived, indexed), minus(indexed, archived));
    }

    /** True when nothing is lost and the index rows are exactly the archive entries. */
    boolean converged() {
        return lost.isEmpty() && notIndexed.isEmpty() && notArchived.isEmpty() && pointers == archived.size();
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, """
                documents given:          %d distinct
                archive entries:          %d (pointers %d)
                failed (reason files):    %d, %d distinct documents
                lost (neither):           %d
                index rows:               %d
                archived but not indexed: %d
                indexed but not archived: %d""", dropped, archived.size(), pointers, failedFiles, failed.size(),
                lost.size(), indexed.size(), notIndexed.size(), notArchived.size());
    }

    private static Set<String> entries(Path archive) throws IOException {
        if (!Files.isDirectory(archive)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(p -> p.getFileName().toString().equals(ReportArchive.REPORT_JSON))
                    .filter(p -> !archive.relativize(p).startsWith(".staging"))
                    .map(p -> p.getParent().getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    private static List<Path> reasonFiles(Path failed) throws IOException {
        if (!Files.isDirectory(failed)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(failed)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".reason.json")).sorted().toList();
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
