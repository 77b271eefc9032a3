package org.nianbao.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Region;
import org.nianbao.model.ReportMeta;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewLitigation;
import org.nianbao.model.Section;
import org.nianbao.model.Source;
import org.nianbao.model.Tables;
import org.nianbao.model.Warning;

/**
 * Reads an annual report out of a format-neutral document: tables by their labels, sections by their
 * headings, metadata from the page or the text, then the consistency checks. Knows nothing of PDFBox,
 * POI or jsoup. A failing check never changes a number.
 */
public class ReportExtractor {


    private final RegionFinder regions;

    public ReportExtractor(RegionFinder regions) {
        this.regions = regions;
    }

    public AnnualReport extract(ParsedDocument document, SourceDocument source) throws ConversionException {
        TableReading read = new TableReading(document.blocks());
        SectionSplitter.Result split = SectionSplitter.split(document.blocks(), read.tableBlocks);
        List<Section> sections = split.sections();
        Map<String, String> origins = new LinkedHashMap<>(read.origins);
        RequestsTable requests = read.requests;
        if (requests == null) {
            requests = ProseFigures.requests(ownSection(sections, "requests")).orElse(null);
            if (requests != null) {
                origins.put("requests", "prose");
            }
        }
        ReviewLitigation review = read.review;
        if (review == null) {
            review = ProseFigures.review(sections).orElse(null);
            if (review != null) {
                origins.put("reviewLitigation", "prose");
            }
        }
        Tables tables = new Tables(read.proactive, requests, review, origins);
        boolean textless = document.hasUnreliableText();
        if (!textless && !looksLikeReport(sections, origins)) {
            throw new ConversionException(FailureCode.NOT_A_REPORT,
                    "no annual-report structure found (no statistical tables and fewer than three of the standard sections 总体情况/主动公开/…)");
        }
        ReportMetadata meta = ReportMetadata.read(document, split);
        String template = read.template != null ? read.template
                : meta.year() != null && meta.year() <= 2018 ? "pre2019" : "unknown";
        List<Check> checks = new ArrayList<>(ConsistencyChecks.run(tables));
        checks.addAll(QuotedFigures.check(sections, tables));
        List<Warning> warnings = warnings(document, read, tables, checks);
        String text = String.join("\n", Stream.concat(split.preamble().stream(), sections.stream().map(Section::text)).toList());
        Region region = meta.agency() == null ? null
                : regions.find(meta.agency(), context(meta, new DocumentFields(document.fields()), text)).orElse(null);
        String agency = meta.agency();
        String title = meta.title();
        Optional<String> reread = region == null || !readByOcr(document) ? Optional.empty()
                : OcrPlaceName.reread(agency, region.name(), text);
        if (reread.isPresent()) {
            warnings.add(new Warning("OCR_NAME_REREAD", "the agency's name was read as " + agency + " in the title; the document"
                    + " prints it " + reread.get() + " elsewhere, the spelling of its division, and that is taken", "title"));
            title = title == null ? null : title.replace(agency, reread.get());
            agency = reread.get();
        }
        ReportMeta report = new ReportMeta(title, agency, meta.year(), meta.publishedOn(), meta.indexNumber(),
                region, template, ReportScope.of(agency, text));
        boolean partial = textless || checks.stream().anyMatch(Check::failed) || tables.proactive() == null
                || tables.requests() == null || tables.reviewLitigation() == null;
        return new AnnualReport(AnnualReport.SCHEMA_VERSION, source.sha256(), partial ? AnnualReport.PARTIAL : AnnualReport.OK,
                source(document, source), report, sections, tables, read.blanks, checks, warnings);
    }

    /**
     * The sections that speak of one table: its own section where the report has one (a report whose table
     * was lost keeps its overview's figures out of it), else the whole text (a press summary).
     */
    private static List<Section> ownSection(List<Section> sections, String key) {
        List<Section> own = sections.stream().filter(s -> key.equals(s.key())).toList();
        return own.isEmpty() ? sections : own;
    }

    private static boolean readByOcr(ParsedDocument document) {
        return document.warnings().stream().anyMatch(w -> "PAGE_OCR".equals(w.code()));
    }

    private static boolean looksLikeReport(List<Section> sections, Map<String, String> origins) {
        long keys = sections.stream().map(Section::key).filter(Objects::nonNull).distinct().count();
        return !origins.isEmpty() || keys >= 3;
    }

    /** What places the agency: who published it and on which site first, then the report's own words. */
    private static List<String> context(ReportMetadata meta, DocumentFields fields, String text) {
        List<String> context = new ArrayList<>();
        Stream.of(Optional.ofNullable(meta.publisher()), fields.first("meta:SiteName"), fields.first("主办单位"),
                        fields.first("documentTitle"), Optional.ofNullable(meta.title()))
                .flatMap(Optional::stream).forEach(context::add);
        context.add(text);
        return context;
    }

    private static List<Warning> warnings(ParsedDocument document, TableReading read, Tables tables, List<Check> checks) {
        List<Warning> warnings = new ArrayList<>(document.warnings());
        if (document.warnings().stream().anyMatch(w -> "NO_TEXT_LAYER".equals(w.code()))) {
            warnings.add(new Warning("OCR_REQUIRED", "the pages are images without text; the tables need OCR", null));
        }
        warnings.addAll(read.warnings);
        missing(warnings, tables.proactive() == null, "二");
        missing(warnings, tables.requests() == null, "三");
        missing(warnings, tables.reviewLitigation() == null, "四");
        for (Check c : checks) {
            if (c.failed()) {
                warnings.add(new Warning("CHECK_FAILED", c.id() + " " + c.target() + ": expected " + plain(c.expected())
                        + ", found " + plain(c.actual()), c.target()));
                ocrCheckWarning(c, read).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /**
     * A failing check on a table read by OCR: a misread digit is the likeliest cause, so the warning names
     * the page(s) the table was read from and every cell the check used, for the office to compare with the scan.
     */
    private static Optional<Warning> ocrCheckWarning(Check c, TableReading read) {
        if (c.cells().isEmpty()) {
            return Optional.empty();
        }
        String table = c.cells().get(0).replaceFirst("^tables\\.", "").replaceFirst("\\..*$", "");
        java.util.SortedSet<Integer> pages = read.ocrPages.get(table);
        if (pages == null || pages.isEmpty()) {
            return Optional.empty();
        }
        String where = (pages.size() == 1 ? "page " : "pages ")
                + pages.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(new Warning("OCR_CHECK_FAILED", where + ": " + c.id() + " " + c.target()
                + " does not add up (expected " + plain(c.expected()) + ", found " + plain(c.actual())
                + ") in a table read by OCR; please check these cells against the scan: "
                + String.join(", ", c.cells()), where));
    }

    private static void missing(List<Warning> warnings, boolean missing, String table) {
        if (missing) {
            warnings.add(new Warning("TABLE_MISSING", "table " + table + " not found", "section " + table));
        }
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }

    private static Source source(ParsedDocument document, SourceDocument source) {
        String received = Optional.ofNullable(source.receivedAt()).map(Instant::toString).orElse(null);
        return new Source(source.fileName(), document.format().mediaType(), source.size(), source.sha256(),
                source.channel(), received, source.mail());
    }
}
