package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Check;
import org.nianbao.model.Section;
import org.nianbao.model.Tables;

/**
 * R6: figures quoted in the 总体情况 text ("收到政府信息公开申请19件", "行政复议0件", "行政诉讼2件") must equal
 * the tables. One check per quoted figure; {@code expected} is the table's value, {@code actual} the
 * quoted one.
 */
final class QuotedFigures {

    private record Rule(Pattern pattern, String label, String cells, Function<Tables, BigDecimal> value) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("收到[^。;；,，]{0,20}?申请(\\d+)件"), "收到申请", "requests.newReceived.total",
                    t -> t.requests() == null ? null : t.requests().newReceived().total()),
            new Rule(Pattern.compile("行政复议(\\d+)件"), "行政复议", "reviewLitigation.review.total",
                    t -> t.reviewLitigation() == null || t.reviewLitigation().review() == null ? null
                            : t.reviewLitigation().review().total()),
            new Rule(Pattern.compile("行政诉讼(\\d+)件"), "行政诉讼",
                    "reviewLitigation.litigationDirect.total + reviewLitigation.litigationAfterReview.total",
                    QuotedFigures::litigation));

    private QuotedFigures() {
    }

    static List<Check> check(List<Section> sections, Tables tables) {
        List<Check> checks = new ArrayList<>();
        for (Section s : sections) {
            if (!"overview".equals(s.key())) {
                continue;
            }
            String text = LabelText.normalize(s.text());
            for (Rule rule : RULES) {
                Matcher m = rule.pattern.matcher(text);
                while (m.find()) {
                    BigDecimal quoted = new BigDecimal(m.group(1));
                    String message = rule.label + quoted + "件 vs " + rule.cells;
                    checks.add(ConsistencyChecks.compare("R6", "sections.overview", rule.value.apply(tables), quoted, message));
                }
            }
        }
        return checks;
    }

    private static BigDecimal litigation(Tables t) {
        if (t.reviewLitigation() == null || t.reviewLitigation().litigationDirect() == null
                || t.reviewLitigation().litigationAfterReview() == null) {
            return null;
        }
        return ConsistencyChecks.sum(t.reviewLitigation().litigationDirect().total(),
                t.reviewLitigation().litigationAfterReview().total());
    }
}
