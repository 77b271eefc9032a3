package org.nianbao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.model.Json;

/** Re-indexing an archive folder laid out as {@code <code>-<name>/<year>/<sha256>/report.json}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ArchiveRebuildTest {

    private static final List<String> ARCHIVED = List.of("html/syn-011-371311-2020.html",
            "docx/syn-012-371311-2020.docx", "html/syn-061-371311-2020.html", "pdf/syn-037-371302-2023.pdf");

    @Parameter
    TestDatabase database;

    @TempDir
    Path folder;

    private Path archive;
    private ArchiveIndex index;

    @BeforeEach
    void archiveWithFourReports() throws Exception {
        archive = folder.resolve("archive");
        for (String file : ARCHIVED) {
            Truth truth = TruthFiles.named(file);
            Path entry = archive.resolve(truth.meta().at("/region/code").asText()
                    + "-" + truth.meta().at("/region/name").asText())
                    .resolve(truth.meta().path("year").asText()).resolve(truth.id());
            Files.createDirectories(entry);
            Files.write(entry.resolve("report.json"), Json.mapper().writeValueAsBytes(truth.tree()));
            Files.writeString(entry.resolve("original.bin"), "bytes", StandardCharsets.UTF_8);
        }
        index = ArchiveIndex.open(database.create(folder));
    }

    @Test
    void everyReportJsonIsIndexedWithItsEntryFolder() throws Exception {
        ArchiveRebuild.Result result = ArchiveRebuild.run(index, archive);

        assertEquals(new ArchiveRebuild.Result(4, 0, List.of()), result);
        Truth aggregate = TruthFiles.named("html/syn-061-371311-2020.html");
        IndexedReport row = index.find(aggregate.id()).orElseThrow();
        assertEquals(archive.resolve("371311-罗庄区/2020").resolve(aggregate.id()).toString(), row.archivePath());
        assertEquals("aggregate", row.scope());
        assertEquals(3, index.regionYear(new RegionYear("371311", 2020)).size());
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        ArchiveRebuild.run(index, archive);

        assertEquals(new ArchiveRebuild.Result(0, 4, List.of()), ArchiveRebuild.run(index, archive));
        assertEquals(4, index.size());
    }

    @Test
    void entriesBeingWrittenAreSkippedAndDamagedOnesListed() throws Exception {
        Path staged = archive.resolve(".staging/abc-123");
        Files.createDirectories(staged);
        Files.write(staged.resolve("report.json"),
                Json.mapper().writeValueAsBytes(TruthFiles.named("html/syn-014-371311-2020.html").tree()));
        Path damaged = archive.resolve("371311-罗庄区/2020/0000/report.json");
        Files.createDirectories(damaged.getParent());
        Files.writeString(damaged, "{\"id\": \"0000\", \"tables\": ", StandardCharsets.UTF_8);

        ArchiveRebuild.Result result = ArchiveRebuild.run(index, archive);

        assertEquals(4, result.added());
        assertEquals(1, result.unreadable().size());
        assertTrue(result.unreadable().get(0).startsWith(damaged.toString()), result.unreadable().get(0));
        assertEquals(4, index.size());
    }

    @Test
    void aMissingArchiveFolderIndexesNothing() throws Exception {
        assertEquals(new ArchiveRebuild.Result(0, 0, List.of()), ArchiveRebuild.run(index, folder.resolve("none")));
    }
}
