package org.nianbao.golden;

import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.Converters;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;

/** The pipeline as the service wires it. */
final class TestPipeline {

    /**
     * The regional office the fixtures' roster belongs to (临沂市): a name such as 河东区, which exists in
     * several provinces, is placed there when the document itself says nothing more.
     */
    static final String HOME_REGION = "371300";

    private TestPipeline() {
    }

    /**
     * The default limits, but more wall time per document: the scans are read by OCR, and a test proves
     * what OCR reads, not how fast a busy build machine runs it (the time limit has its own tests).
     */
    static final ParseLimits LIMITS = new ParseLimits(ParseLimits.DEFAULTS.maxBytes(), ParseLimits.DEFAULTS.maxPages(),
            ParseLimits.DEFAULTS.maxInflationRatio(), ParseLimits.DEFAULTS.maxEntryBytes(),
            ParseLimits.DEFAULTS.maxNestingDepth(), java.time.Duration.ofMinutes(10));

    static ReportPipeline create() {
        return new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), HOME_REGION)::resolve), LIMITS);
    }
}
