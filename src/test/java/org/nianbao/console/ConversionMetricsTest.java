package org.nianbao.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.convert.FormatDetector;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Warning;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/** The meters counted around the pipeline: documents per format, and pages read by OCR. */
class ConversionMetricsTest {

    @Test
    void everyPageReadByOcrIsCountedOnceAndOtherWarningsAreNot() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Warning> warnings = List.of(
                new Warning("PAGE_OCR", "page 1 was read by OCR (no text layer)", "page 1"),
                new Warning("OCR_LOW_CONFIDENCE", "a digit read with low confidence", "page 1"),
                new Warning("PAGE_OCR", "page 2 was read by OCR (no text layer)", "page 2"));
        ConversionMetrics metrics = new ConversionMetrics(new Fixed(warnings), registry);
        SourceDocument scan = SourceDocument.of("%PDF-1.7".getBytes(StandardCharsets.UTF_8), "scan.pdf", "inbox", Instant.EPOCH);

        metrics.process(scan);
        metrics.process(scan);

        assertEquals(4.0, registry.get("nianbao.ocr.pages").counter().count());
        assertEquals(2.0, registry.get("nianbao.documents.converted").tag("format", "pdf").counter().count());
    }

    /** A pipeline that converts every document into the same report with the given warnings. */
    private static final class Fixed extends ReportPipeline {
        private final List<Warning> warnings;

        Fixed(List<Warning> warnings) {
            super(new FormatDetector(), List.of(), null, null);
            this.warnings = warnings;
        }

        @Override
        public Outcome process(SourceDocument source) {
            AnnualReport report = new AnnualReport(AnnualReport.SCHEMA_VERSION, "id", "partial", null, null,
                    List.of(), null, List.of(), List.of(), warnings);
            return new Outcome.Converted(source, report);
        }
    }
}
