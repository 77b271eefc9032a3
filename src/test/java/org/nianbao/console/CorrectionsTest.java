package org.nianbao.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.correction.Correction;
import org.nianbao.correction.CorrectionException;
import org.nianbao.correction.CorrectionLog;
import org.nianbao.correction.Corrections;
import org.nianbao.correction.EffectiveReport;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.ArchiveRebuild;
import org.nianbao.index.CorrectionTable;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.index.TruthFiles;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummary;

/** Corrections: applied to the effective report and the summary, undone, kept across an index rebuild. */
class CorrectionsTest {

    private static final String PDF = "pdf/syn-004-371300-2020.pdf";
    private static final String HTML = "html/syn-001-371300-2020.html";
    private static final RegionYear LINYI_2020 = new RegionYear("371300", 2020);
    private static final String UPHELD = "reviewLitigation.review.upheld";
    private static final String R4_REVIEW = Correction.checkKey("R4", "reviewLitigation.review");

    @TempDir
    Path base;
    private ConsoleFixture f;
    private ArchiveEntry pdf;

    @BeforeEach
    void archive() throws Exception {
        f = new ConsoleFixture(base);
        pdf = f.add(PDF);
        f.add(HTML);
    }

    private IndexedReport pdfReport() throws Exception {
        return f.index.find(pdf.sha256()).orElseThrow();
    }

    /** The cell as the truth files give it, for one corpus report. */
    private static BigDecimal truthCell(String file, String path) throws Exception {
        JsonNode node = TruthFiles.named(file).tree().path("tables");
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.decimalValue();
    }

    /** The value of {@code path} in the row 合计 of the outbox's CSV. */
    private String csvTotal(String path) throws Exception {
        List<String> lines = Arrays.asList(f.csv("371300", 2020).replace("\uFEFF", "").split("\r\n"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf(path);
        String total = lines.stream().filter(l -> l.startsWith("合计,")).findFirst().orElseThrow();
        return total.split(",", -1)[column];
    }

    @Test
    void aCorrectedCellPassesItsCheckAndChangesTheSummarysSum() throws Exception {
        BigDecimal upheld = truthCell(PDF, UPHELD);
        BigDecimal truthSum = upheld.add(truthCell(HTML, UPHELD));
        assertTrue(f.corrections.effective(pdfReport()).failingChecks().stream()
                .anyMatch(c -> Correction.checkKey(c.id(), c.target()).equals(R4_REVIEW)), "the corpus marks R4 failing here");
        f.summaries.rebuild(LINYI_2020);
        assertEquals(truthSum.toPlainString(), csvTotal(UPHELD));

        Correction k = f.corrections.make(pdfReport(), Correction.Kind.CELL, UPHELD, upheld.add(BigDecimal.ONE).toPlainString(),
                "原件为" + upheld.add(BigDecimal.ONE), "ed");
        assertEquals(upheld.toPlainString(), k.oldValue());
        EffectiveReport effective = f.corrections.effective(pdfReport());
        assertFalse(effective.failingChecks().stream().anyMatch(c -> c.id().equals("R4")), "R4 holds after the correction");
        f.summaries.rebuild(LINYI_2020);
        assertEquals(truthSum.add(BigDecimal.ONE).toPlainString(), csvTotal(UPHELD));
        RegionalSummary summary = f.summaries.compute(LINYI_2020);
        assertTrue(summary.warnings().stream().anyMatch(w -> w.code().equals("CORRECTED") && w.message().contains(UPHELD)
                && w.message().contains("ed")), "summary.json names the correction");

        f.corrections.make(pdfReport(), Correction.Kind.UNDO, k.id(), null, "撤销", "ed");
        f.summaries.rebuild(LINYI_2020);
        assertEquals(truthSum.toPlainString(), csvTotal(UPHELD));
        assertEquals(2, CorrectionLog.read(pdf.directory()).size(), "the correction and its undo, both kept");
    }

    @Test
    void theConvertedJsonAndTheOriginalNeverChange() throws Exception {
        byte[] json = Files.readAllBytes(pdf.reportJson());
        byte[] original = Files.readAllBytes(pdf.original());
        f.corrections.make(pdfReport(), Correction.Kind.CELL, UPHELD, "5", "x", "ed");
        f.corrections.make(pdfReport(), Correction.Kind.FIELD, EffectiveReport.FIELD_AGENCY, "临沂市某局", "名称有误", "ed");
        assertArrayEquals(json, Files.readAllBytes(pdf.reportJson()));
        assertArrayEquals(original, Files.readAllBytes(pdf.original()));
        assertEquals("临沂市某局", f.corrections.effective(pdfReport()).indexed().agency());
    }

    @Test
    void aDismissedCheckLeavesTheSummarysFailedChecks() throws Exception {
        assertTrue(f.summaries.compute(LINYI_2020).failedChecks().stream().anyMatch(c -> c.id().equals(pdf.sha256())));
        f.corrections.make(pdfReport(), Correction.Kind.DISMISS_CHECK, R4_REVIEW, null, "复议案件另有1件已撤回", "ed");
        RegionalSummary summary = f.summaries.compute(LINYI_2020);
        assertFalse(summary.failedChecks().stream().anyMatch(c -> c.id().equals(pdf.sha256())));
        assertTrue(f.corrections.effective(pdfReport()).failingChecks().isEmpty());
    }

    @Test
    void anExcludedReportLeavesTheSumsWithTheOfficesReason() throws Exception {
        f.corrections.make(pdfReport(), Correction.Kind.EXCLUDE, null, null, "报送机关要求撤回", "ed");
        RegionalSummary summary = f.summaries.compute(LINYI_2020);
        assertFalse(summary.included().stream().anyMatch(i -> i.id().equals(pdf.sha256())));
        assertTrue(summary.excluded().stream().anyMatch(x -> x.id().equals(pdf.sha256())
                && x.reason().contains("excluded by the office: 报送机关要求撤回")));
        assertFalse(summary.missing().contains(TruthFiles.named(PDF).agency()), "an excluded agency is not missing");
        f.summaries.rebuild(LINYI_2020);
        assertEquals(truthCell(HTML, UPHELD).toPlainString(), csvTotal(UPHELD));
    }

    @Test
    void correctionsSurviveARebuildOfTheIndexFromTheArchive() throws Exception {
        f.corrections.make(pdfReport(), Correction.Kind.CELL, UPHELD, "7", "原件为7", "ed");
        f.corrections.make(pdfReport(), Correction.Kind.DISMISS_CHECK, R4_REVIEW, null, "已核实", "ed");
        ArchiveIndex fresh = ArchiveIndex.open(new IndexSettings("jdbc:h2:file:" + base.resolve("data/rebuilt").toAbsolutePath(), "sa", ""));
        ArchiveRebuild.run(fresh, base.resolve("archive"));
        List<Correction> before = new CorrectionTable(f.index.settings()).of(pdf.sha256());
        assertEquals(before, new CorrectionTable(fresh.settings()).of(pdf.sha256()));
        EffectiveReport again = new Corrections(fresh, RegionCatalog.standard(), java.time.Clock.systemUTC())
                .effective(fresh.find(pdf.sha256()).orElseThrow());
        assertEquals(new BigDecimal("7"), again.report().tables().reviewLitigation().review().upheld());
        assertTrue(again.dismissed().contains(R4_REVIEW));
    }

    @Test
    void aCorrectionNeedsAReasonAndAValidTarget() throws Exception {
        IndexedReport r = pdfReport();
        assertThrows(CorrectionException.class, () -> f.corrections.make(r, Correction.Kind.CELL, UPHELD, "3", " ", "ed"));
        assertThrows(CorrectionException.class, () -> f.corrections.make(r, Correction.Kind.CELL, "../../etc", "3", "x", "ed"));
        assertThrows(CorrectionException.class, () -> f.corrections.make(r, Correction.Kind.CELL, UPHELD, "-1", "x", "ed"));
        assertThrows(CorrectionException.class, () -> f.corrections.make(r, Correction.Kind.FIELD, "region", "999999", "x", "ed"));
        assertThrows(CorrectionException.class, () -> f.corrections.make(r, Correction.Kind.DISMISS_CHECK, "R1@requests.total", null, "x", "ed"));
        assertFalse(Files.exists(pdf.directory().resolve(CorrectionLog.FILE)), "nothing refused was recorded");
    }

    @Test
    void aRegionCorrectionMovesTheReportToTheOtherRegionYear() throws Exception {
        f.corrections.make(pdfReport(), Correction.Kind.FIELD, EffectiveReport.FIELD_REGION, "371302", "应属兰山区", "ed");
        assertFalse(f.summaries.compute(LINYI_2020).included().stream().anyMatch(i -> i.id().equals(pdf.sha256())));
        assertTrue(f.summaries.compute(new RegionYear("371302", 2020)).included().stream().anyMatch(i -> i.id().equals(pdf.sha256())));
        String json = new String(Json.mapper().writeValueAsBytes(f.summaries.compute(new RegionYear("371302", 2020))), StandardCharsets.UTF_8);
        assertTrue(json.contains("report.region 371300 -> 371302"), json);
    }
}
