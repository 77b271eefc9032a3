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

    static ReportPipeline create() {
        return new ReportPipeline(new FormatDetector(), Converters.standard(),
                new ReportExtractor(new RegionResolver(RegionCatalog.standard(), HOME_REGION)::resolve), ParseLimits.DEFAULTS);
    }
}
