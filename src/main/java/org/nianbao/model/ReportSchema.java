package org.nianbao.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of the canonical report ({@code schema/report.schema.json}) and a validator for it. */
public final class ReportSchema {

    public static final String RESOURCE = "/schema/report.schema.json";

    private static final Schema SCHEMA = load();

    private ReportSchema() {
    }

    /** Violations of the schema, one readable line each; empty when the JSON is valid. */
    public static List<String> validate(JsonNode report) {
        return SCHEMA.validate(report).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
