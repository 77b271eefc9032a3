package org.nianbao.summary;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexException;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.Json;

/** The corpus truths and roster.json, and an index holding the truths. */
final class CorpusIndex {

    static final Path ROSTER = TruthFiles.FIXTURES.resolve("roster.json");

    private CorpusIndex() {
    }

    /** Indexes {@code truths} in their order, each under a made-up entry folder. */
    static void index(ArchiveIndex index, List<Truth> truths, Path archive) throws IndexException {
        for (Truth truth : truths) {
            index.index(truth.report(), archive.resolve(truth.id()));
        }
    }

    static JsonNode roster() throws IOException {
        return Json.mapper().readTree(Files.readString(ROSTER, StandardCharsets.UTF_8));
    }

    static Optional<JsonNode> rosterOf(JsonNode roster, String code) {
        return StreamSupport.stream(roster.path("regions").spliterator(), false)
                .filter(r -> r.path("code").asText().equals(code)).findFirst();
    }

    static RegionYear regionYear(Truth truth) {
        return new RegionYear(truth.meta().at("/region/code").asText(), truth.meta().path("year").asInt());
    }

    static boolean hasRegionYear(Truth truth) {
        return truth.meta().at("/region/code").isTextual() && truth.meta().path("year").isInt();
    }
}
