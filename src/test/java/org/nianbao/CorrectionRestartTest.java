package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.correction.Correction;
import org.nianbao.correction.Corrections;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TruthFiles;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummaries;
import org.nianbao.summary.RegionalSummary;

/** The office's exclusion of a report holds after a restart and after the index is rebuilt from the archive. */
class CorrectionRestartTest {

    private static final String PDF = "pdf/syn-004-371300-2020.pdf";
    private static final RegionYear LINYI_2020 = new RegionYear("371300", 2020);

    @TempDir
    Path base;

    private static RegionalSummary summaryOf(RunningService service) {
        try {
            return service.context().getRegistry().lookupByNameAndType(SummaryConfiguration.SUMMARIES, RegionalSummaries.class)
                    .compute(LINYI_2020);
        } catch (java.io.IOException | org.nianbao.index.IndexException e) {
            throw new IllegalStateException("the summary cannot be computed", e);
        }
    }

    @Test
    void anExclusionHoldsAcrossARestartAndAnIndexRebuild() throws Exception {
        String id = TruthFiles.named(PDF).id();
        Properties settings = new Properties();
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            service.drop(TruthFiles.FIXTURES.resolve("pdf/sources/syn-004-371300-2020.pdf"), "syn-004.pdf");
            Deadline.await("the report is archived", () -> service.inboxIsEmpty() && Files.isDirectory(base.resolve("archive/371300-临沂市")));
            Deadline.await("the report is indexed", () -> summaryOf(service).included().size() == 1);
        }
        IndexSettings index = new IndexSettings(SummarySettings.h2In(base.resolve("data")), "sa", "");
        ArchiveIndex opened = ArchiveIndex.open(index);
        new Corrections(opened, RegionCatalog.standard(), Clock.systemUTC())
                .make(opened.find(id).orElseThrow(), Correction.Kind.EXCLUDE, null, null, "报送机关已撤回", "ed");
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            RegionalSummary summary = summaryOf(service);
            assertEquals(0, summary.included().size());
            assertTrue(summary.excluded().stream().anyMatch(x -> x.id().equals(id) && x.reason().contains("报送机关已撤回")));
        }
        try (Stream<Path> files = Files.list(base.resolve("data"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("index.")).toList()) {
                Files.delete(file);
            }
        }
        try (RunningService service = RunningService.start(base, new AppConfiguration(), settings)) {
            RegionalSummary summary = summaryOf(service);
            assertEquals(0, summary.included().size(), "the index rebuilt from the archive keeps the exclusion");
            assertTrue(summary.excluded().stream().anyMatch(x -> x.id().equals(id) && x.reason().contains("报送机关已撤回")));
        }
    }
}
