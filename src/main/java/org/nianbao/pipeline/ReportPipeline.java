package org.nianbao.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.LogText;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bytes in, canonical report out: detect the format, convert to a {@link ParsedDocument}, extract the
 * report. Plain Java; the routes and the CLI both call {@link #process}.
 */
public class ReportPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(ReportPipeline.class);

    private final FormatDetector detector;
    private final Map<DocumentFormat, DocumentConverter> converters = new EnumMap<>(DocumentFormat.class);
    private final ReportExtractor extractor;
    private final ParseLimits limits;

    public ReportPipeline(FormatDetector detector, List<DocumentConverter> converters, ReportExtractor extractor, ParseLimits limits) {
        this.detector = detector;
        converters.forEach(c -> this.converters.put(c.format(), c));
        this.extractor = extractor;
        this.limits = limits;
    }

    public Outcome process(SourceDocument source) {
        try {
            AnnualReport report = convert(source);
            LOG.info("converted sha={} file={} format={} status={} region={} year={}", source.sha256(),
                    LogText.escape(source.fileName()), report.source().mediaType(), report.status(),
                    report.report().region() == null ? null : report.report().region().code(), report.report().year());
            return new Outcome.Converted(source, report);
        } catch (ConversionException e) {
            LOG.info("failed sha={} file={} reason={}: {}", source.sha256(), LogText.escape(source.fileName()), e.code().reason(),
                    LogText.escape(e.getMessage()));
            return new Outcome.Failed(source, e.code(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A library bug on hostile input must fail this document, not the service.
            LOG.warn("internal error on sha={} file={}", source.sha256(), LogText.escape(source.fileName()), e);
            return new Outcome.Failed(source, FailureCode.INTERNAL_ERROR, "internal error: " + e);
        }
    }

    private AnnualReport convert(SourceDocument source) throws ConversionException {
        limits.checkSize(source.bytes());
        DocumentFormat format = detector.detect(source.bytes(), source.fileName());
        DocumentConverter converter = converters.get(format);
        if (converter == null) {
            throw new ConversionException(FailureCode.UNSUPPORTED_FORMAT, format + " documents are not supported yet");
        }
        try {
            ParsedDocument parsed = converter.convert(source.bytes(), limits);
            return extractor.extract(parsed, source);
        } catch (ConversionException e) {
            throw misnamed(source.fileName(), format, e);
        }
    }

    /**
     * A file whose name claims another format is converted by what it is; if that fails too, the person
     * who dropped it is told what the file really holds (a ".pdf" that is a saved error page).
     */
    private ConversionException misnamed(String fileName, DocumentFormat actual, ConversionException e) {
        return detector.fromName(fileName)
                .filter(claimed -> claimed != actual)
                .map(claimed -> new ConversionException(FormatDetector.corruptCode(claimed), "the file is named ."
                        + claimed.name().toLowerCase(java.util.Locale.ROOT) + " but holds " + actual + " content that is not a report ("
                        + e.code().reason() + ": " + e.getMessage() + ")", e))
                .orElse(e);
    }
}
