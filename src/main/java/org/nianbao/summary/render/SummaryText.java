package org.nianbao.summary.render;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nianbao.summary.RegionalSummary;

/**
 * The words and tables of a regional summary report, independent of the file format: the title, the
 * preamble naming the reports that were summed, and the six official sections, 二 to 四 with their table.
 */
public record SummaryText(String title, String preamble, List<Section> sections) {

    /**
     * One section: its official heading, a placeholder where the office writes its own prose, and the
     * table printed under it (none, or exactly one).
     */
    public record Section(String heading, String placeholder, List<Grid> tables) {

        public Section {
            tables = List.copyOf(tables);
        }
    }

    public SummaryText {
        sections = List.copyOf(sections);
    }

    public static SummaryText of(RegionalSummary summary) {
        if (summary.region() == null) {
            throw new IllegalArgumentException("a regional summary without a region cannot be titled");
        }
        String template = summary.template();
        List<Grid> grids = OfficialTables.all(template);
        CellValues values = new CellValues(summary.tables());
        List<Grid> filled = grids.stream().map(g -> g.filled(values::printed)).toList();
        String region = summary.region().name();
        return new SummaryText(region + summary.year() + "年政府信息公开工作年度报告", preamble(summary), List.of(
                new Section("一、总体情况", placeholder("政府信息公开工作总体"), List.of()),
                new Section("二、主动公开政府信息情况", placeholder("主动公开政府信息"), List.of(filled.get(0))),
                new Section("三、收到和处理政府信息公开申请情况", placeholder("收到和处理政府信息公开申请"), List.of(filled.get(1))),
                new Section("四、政府信息公开行政复议、行政诉讼情况", placeholder("政府信息公开行政复议、行政诉讼"),
                        List.of(filled.get(2))),
                new Section("五、存在的主要问题及改进情况", placeholder("政府信息公开工作存在的主要问题及改进"), List.of()),
                new Section("六、其他需要报告的事项", "（请在此填写本地区其他需要报告的事项。）", List.of())));
    }

    private static String placeholder(String topic) {
        return "（请在此填写本地区" + topic + "情况。）";
    }

    /** Says where the figures come from, so a reader of the published report can trace every sum. */
    private static String preamble(RegionalSummary summary) {
        List<RegionalSummary.Included> included = summary.included() == null ? List.of() : summary.included();
        String period = "本报告所列数据的统计期限为" + summary.year() + "年1月1日至" + summary.year() + "年12月31日。";
        if (included.isEmpty()) {
            return period + "本报告表格中的数据尚未汇总任何机关的年度报告。";
        }
        String agencies = included.stream().map(i -> Objects.toString(i.agency(), "（未署名机关）")).collect(Collectors.joining("、"));
        return period + "本报告表格中的数据为本地区" + included.size() + "个机关（单位）政府信息公开工作年度报告数据之和，"
                + "汇总的报告为：" + agencies + "。";
    }
}
