package org.nianbao.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.nianbao.archive.SafeFileName;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.summary.render.SummaryCsv;
import org.nianbao.summary.render.SummaryDocx;
import org.nianbao.summary.render.SummaryPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox folder the office takes its summaries from: {@code <root>/<code>-<name>/<year>/} with
 * {@code summary.json}, {@code summary.docx}, {@code summary.pdf} and {@code summary.csv}. Each file is
 * written beside its final name and renamed into place, so a reader never sees half a file;
 * {@code summary.json} is renamed last.
 */
public final class SummaryOutbox {

    public static final String JSON = "summary.json";
    public static final String DOCX = "summary.docx";
    public static final String PDF = "summary.pdf";
    public static final String CSV = "summary.csv";
    /** The files of one summary, in the order they are written. */
    public static final List<String> FILES = List.of(DOCX, PDF, CSV, JSON);

    private static final Logger LOG = LoggerFactory.getLogger(SummaryOutbox.class);

    private final Path root;
    private final SummaryDocx docx = new SummaryDocx();
    private final SummaryPdf pdf = new SummaryPdf();
    private final SummaryCsv csv = new SummaryCsv();

    public SummaryOutbox(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The folder of a region-year's summary: {@code <root>/371311-罗庄区/2020}. */
    public Path folder(RegionalSummary summary) {
        String region = summary.region().name() == null ? summary.region().code()
                : summary.region().code() + "-" + summary.region().name();
        return root.resolve(SafeFileName.of(region)).resolve(Integer.toString(summary.year()));
    }

    /** Writes the four files of {@code summary}; {@code included} are its included reports (for the CSV). */
    public Path write(RegionalSummary summary, List<AnnualReport> included) throws IOException {
        Path folder = folder(summary);
        Files.createDirectories(folder);
        replace(folder.resolve(DOCX), docx.render(summary));
        replace(folder.resolve(PDF), pdf.render(summary));
        replace(folder.resolve(CSV), csv.render(summary, included));
        replace(folder.resolve(JSON), Json.mapper().writeValueAsBytes(summary));
        return folder;
    }

    /**
     * Whether the outbox already holds this summary: the same in everything but the time it was generated.
     * An unreadable {@code summary.json} counts as different, so it is written again.
     */
    public boolean holds(RegionalSummary summary) throws IOException {
        Path file = folder(summary).resolve(JSON);
        if (!Files.isRegularFile(file) || FILES.stream().anyMatch(f -> !Files.isRegularFile(file.resolveSibling(f)))) {
            return false;
        }
        JsonNode existing;
        try {
            existing = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            LOG.warn("{} is not readable ({}): the summary is written again", file, e.getMessage());
            return false;
        }
        return withoutTime(existing).equals(withoutTime(Json.mapper().readTree(Json.mapper().writeValueAsBytes(summary))));
    }

    private static JsonNode withoutTime(JsonNode summary) {
        JsonNode copy = summary.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("generatedAt");
        }
        return copy;
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
