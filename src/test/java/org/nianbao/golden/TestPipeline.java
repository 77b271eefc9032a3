package org.nianbao.golden;

import java.util.List;
import java.util.Optional;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.html.HtmlConverter;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.pipeline.ReportPipeline;

/** The pipeline as the service wires it. */
final class TestPipeline {

    private TestPipeline() {
    }

    static ReportPipeline create() {
        return new ReportPipeline(new FormatDetector(), List.of(new HtmlConverter()),
                new ReportExtractor((agency, context) -> Optional.empty()), ParseLimits.DEFAULTS);
    }
}
