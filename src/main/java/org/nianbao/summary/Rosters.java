package org.nianbao.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.model.Json;

/**
 * The rosters of the regions, read from a folder of JSON files: one region per file
 * ({@code rosters/371311.json}) or several under {@code "regions"} (the shape of a combined roster).
 * Every file is checked against {@code rosters/roster.schema.json}; a region without a roster has none.
 */
public final class Rosters {

    public static final String SCHEMA = "/rosters/roster.schema.json";
    private static final Schema ROSTER_SCHEMA = loadSchema();

    private final Map<String, Roster> byCode;

    private Rosters(Map<String, Roster> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static Rosters none() {
        return new Rosters(Map.of());
    }

    /** Reads every {@code *.json} file of {@code folder}; a folder that does not exist holds no rosters. */
    public static Rosters load(Path folder) throws IOException {
        Map<String, Roster> rosters = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new Rosters(rosters);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            for (Roster roster : read(file)) {
                Roster earlier = rosters.putIfAbsent(roster.code(), roster);
                if (earlier != null) {
                    throw new IOException("roster " + file + " lists region " + roster.code()
                            + " again; keep one roster per region");
                }
            }
        }
        return new Rosters(rosters);
    }

    /** The rosters of one file, in either shape. */
    public static List<Roster> read(Path file) throws IOException {
        JsonNode tree = Json.mapper().readTree(file.toFile());
        List<String> problems = ROSTER_SCHEMA.validate(tree).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        if (!problems.isEmpty()) {
            throw new IOException("roster " + file + " is not a valid roster: " + String.join("; ", problems));
        }
        List<Roster> rosters = new ArrayList<>();
        if (tree.has("regions")) {
            for (JsonNode region : tree.get("regions")) {
                rosters.add(Json.mapper().treeToValue(region, Roster.class));
            }
        } else {
            rosters.add(Json.mapper().treeToValue(tree, Roster.class));
        }
        return rosters;
    }

    public Optional<Roster> forRegion(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    private static Schema loadSchema() {
        try (InputStream in = Rosters.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
    }
}
