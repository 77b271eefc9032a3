package org.nianbao;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FormatDetector;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Region;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.Source;
import org.nianbao.model.Tables;
import org.nianbao.pipeline.ReportPipeline;

/** Returns one small fixed report (region and year chosen by the test) for whatever document it is given. */
public class FixedReportExtractor extends ReportExtractor {

    public static final Region LINYI = new Region("371300", "临沂市", List.of("山东省", "临沂市"));
    public static final String TITLE = "临沂市人民政府办公室2020年政府信息公开工作年度报告";

    private final Region region;
    private final Integer year;

    public FixedReportExtractor(Region region, Integer year) {
        super((agency, context) -> java.util.Optional.of(region));
        this.region = region;
        this.year = year;
    }

    /** A pipeline that reads every format with {@link StubConverter} and extracts a report of Linyi, 2020. */
    public static ReportPipeline linyi2020(ParseLimits limits) {
        return pipeline(new FixedReportExtractor(LINYI, 2020), limits);
    }

    public static ReportPipeline pipeline(ReportExtractor extractor, ParseLimits limits) {
        List<DocumentConverter> converters = Arrays.stream(DocumentFormat.values())
                .<DocumentConverter>map(StubConverter::new)
                .toList();
        return new ReportPipeline(new FormatDetector(), converters, extractor, limits);
    }

    @Override
    public AnnualReport extract(ParsedDocument document, SourceDocument source) {
        Source origin = new Source(source.fileName(), document.format().mediaType(), source.size(), source.sha256(),
                source.channel(), source.receivedAt().toString(), source.mail());
        ReportMeta meta = new ReportMeta(TITLE, "临沂市人民政府办公室", year, "2021-01-15", null, region, "2019", "agency");
        return new AnnualReport(AnnualReport.SCHEMA_VERSION, source.sha256(), AnnualReport.OK, origin, meta, List.of(),
                new Tables(null, null, null, Map.of()), List.of(), List.of(), List.of());
    }
}
