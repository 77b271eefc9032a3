package org.nianbao.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.ParsedDocument;

/**
 * Title, agency, year, publication date and 索引号 of a report, from the page's metadata grid when there
 * is one and from the text otherwise. The year is the year reported ON (a 2020 report published in 2021).
 */
record ReportMetadata(String title, String agency, Integer year, String publishedOn, String indexNumber, String publisher) {

    private static final Pattern STATISTICS_PERIOD = Pattern.compile("((?:19|20)\\d{2})年1月1日");
    private static final Pattern YEAR_OF_WORK = Pattern.compile("((?:19|20)\\d{2})年度?(?:政府|政务)?信息公开");

    static ReportMetadata read(ParsedDocument doc, SectionSplitter.Result split) {
        DocumentFields fields = new DocumentFields(doc.fields());
        String title = title(doc, fields, split.preamble()).orElse(null);
        String publisher = fields.first("发布机构", "来源", "文章来源", "信息来源", "发文机关", "meta:ContentSource").orElse(null);
        String agency = agency(title, publisher, split.signatureAgency(), split);
        String publishedOn = fields.first("发布日期", "公开日期", "发布时间", "meta:PubDate", "date")
                .flatMap(DateText::isoDate)
                .or(() -> Optional.ofNullable(split.signatureDate()))
                .or(() -> fields.first("成文日期").flatMap(DateText::isoDate))
                .orElse(null);
        Integer year = year(title, split, publishedOn);
        String index = fields.first("索引号").map(LabelText::withoutSpace).orElse(null);
        return new ReportMetadata(title, agency, year, publishedOn, index, publisher);
    }

    private static Optional<String> title(ParsedDocument doc, DocumentFields fields, List<String> preamble) {
        Optional<String> fromPage = fields.first("headline", "标题", "信息名称", "名称", "meta:ArticleTitle")
                .or(() -> fields.first("documentTitle").map(t -> t.split("[_|｜]| - ")[0]))
                .filter(t -> !t.isBlank());
        Optional<String> fromBody = ReportTitle.fromLeadingLines(preamble);
        Optional<String> chosen = doc.format() == DocumentFormat.HTML ? fromPage.or(() -> fromBody) : fromBody.or(() -> fromPage);
        return chosen.map(ReportTitle::tidy);
    }

    private static String agency(String title, String publisher, String signature, SectionSplitter.Result split) {
        if (title != null) {
            Optional<String> fromTitle = ReportTitle.agency(title);
            if (fromTitle.isPresent()) {
                return fromTitle.get();
            }
        }
        if (publisher != null) {
            return LabelText.withoutSpace(publisher);
        }
        if (signature != null) {
            return signature;
        }
        return title == null ? null : ReportTitle.bareRegion(title).map(r -> governmentIfPrinted(r, split)).orElse(null);
    }

    /**
     * A title naming a bare division (罗庄区…) is its government's report; the agency is called 罗庄区人民政府
     * only where the document prints that name, as the name is never extended with words not printed.
     */
    private static String governmentIfPrinted(String region, SectionSplitter.Result split) {
        String government = region + "人民政府";
        boolean printed = split.preamble().stream().anyMatch(line -> LabelText.withoutSpace(line).contains(government))
                || split.sections().stream().anyMatch(s -> LabelText.withoutSpace(s.text()).contains(government));
        return printed ? government : region;
    }

    private static Integer year(String title, SectionSplitter.Result split, String publishedOn) {
        if (title != null) {
            Optional<Integer> y = ReportTitle.year(title);
            if (y.isPresent()) {
                return y.get();
            }
        }
        String text = LabelText.normalize(String.join("", split.preamble())
                + split.sections().stream().map(s -> s.text()).findFirst().orElse(""));
        for (Pattern p : List.of(STATISTICS_PERIOD, YEAR_OF_WORK)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return publishedOn == null ? null : LocalDate.parse(publishedOn).getYear() - 1;
    }
}
