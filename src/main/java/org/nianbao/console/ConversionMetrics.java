package org.nianbao.console;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FormatDetector;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * The pipeline with Micrometer meters around it: {@code nianbao_documents_converted_total} and
 * {@code nianbao_documents_failed_total} per format (failures also per reason code), and the conversion time
 * {@code nianbao_conversion_seconds} per format, and the pages read by OCR {@code nianbao_ocr_pages_total}.
 * Every channel (inbox, mail, upload) goes through it.
 */
public final class ConversionMetrics extends ReportPipeline {

    /** The warning the PDF converter gives for every page it read by OCR. */
    private static final String OCR_PAGE = "PAGE_OCR";

    private final ReportPipeline pipeline;
    private final MeterRegistry registry;

    public ConversionMetrics(ReportPipeline pipeline, MeterRegistry registry) {
        super(new FormatDetector(), List.of(), null, null);
        this.pipeline = pipeline;
        this.registry = registry;
    }

    @Override
    public Outcome process(SourceDocument source) {
        long start = System.nanoTime();
        Outcome outcome = pipeline.process(source);
        long elapsed = System.nanoTime() - start;
        if (outcome instanceof Outcome.Converted converted) {
            String format = format(converted.report().source() == null ? null : converted.report().source().mediaType(), source);
            Counter.builder("nianbao.documents.converted").description("documents converted into a report")
                    .tag("format", format).register(registry).increment();
            timer(format).record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
            long ocrPages = converted.report().warnings().stream().filter(w -> OCR_PAGE.equals(w.code())).count();
            Counter.builder("nianbao.ocr.pages").description("pages read by OCR")
                    .register(registry).increment(ocrPages);
        } else {
            Outcome.Failed failed = (Outcome.Failed) outcome;
            String format = format(null, source);
            Counter.builder("nianbao.documents.failed").description("documents that could not be converted")
                    .tag("format", format).tag("code", failed.code().reason()).register(registry).increment();
            timer(format).record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return outcome;
    }

    private Timer timer(String format) {
        return Timer.builder("nianbao.conversion").description("time to convert one document")
                .tag("format", format).register(registry);
    }

    /** The format read from the media type of the report, else the file name's extension among the four, else "other". */
    static String format(String mediaType, SourceDocument source) {
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.mediaType().equals(mediaType)) {
                return f.name().toLowerCase(Locale.ROOT);
            }
        }
        String name = source.fileName() == null ? "" : source.fileName().toLowerCase(Locale.ROOT);
        for (String ext : List.of("pdf", "docx", "doc", "html", "htm")) {
            if (name.endsWith("." + ext)) {
                return ext.equals("htm") ? "html" : ext;
            }
        }
        return "other";
    }
}
