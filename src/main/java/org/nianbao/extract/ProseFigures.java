package org.nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Cols;
import org.nianbao.model.RequestsTable;
import org.nianbao.model.ReviewBlock;
import org.nianbao.model.ReviewLitigation;
import org.nianbao.model.Section;

/**
 * Figures quoted in sentences (pre-2019 reports, press interpretations) where no table exists: only the
 * cells the sentences give are filled ({@code 总计} column), everything else stays null. Group sums such
 * as "不予公开17件" have no cell and are not used; litigation counts that do not say 直接起诉 or 复议后起诉
 * cannot be placed and are left out.
 */
final class ProseFigures {

    private static final Pattern RECEIVED = Pattern.compile("(?:收到|受理)[^。；;，,]{0,15}?申请(?:数量)?(?:共|合计|总计)?(\\d+)件");
    private static final Pattern CARRIED_OVER = Pattern.compile("上年(?:度)?结转[^。；;，,\\d]{0,6}?(\\d+)件");
    private static final Pattern GRANTED = Pattern.compile("(?<!不)予以公开(\\d+)件");
    private static final Pattern PARTIAL = Pattern.compile("部分公开(\\d+)件");
    private static final Pattern CARRIED_FORWARD = Pattern.compile("结转(?:到|至)?(?:下年度?|下一年度?|处理)(?:继续办理)?(\\d+)件");
    private static final Pattern REVIEW = Pattern.compile("行政复议(\\d+)件");
    private static final Pattern NONE = Pattern.compile("^(无|没有|未发生)[^\\d]{0,30}$");

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;\\n]");
    private static final java.util.Map<String, Pattern> COUNT_AFTER = new java.util.concurrent.ConcurrentHashMap<>();

    private ProseFigures() {
    }

    static Optional<RequestsTable> requests(List<Section> sections) {
        String text = allText(sections);
        BigDecimal received = first(RECEIVED, text);
        BigDecimal carriedOver = first(CARRIED_OVER, text);
        BigDecimal granted = first(GRANTED, text);
        BigDecimal partial = first(PARTIAL, text);
        BigDecimal forward = first(CARRIED_FORWARD, text);
        if (received == null && carriedOver == null && granted == null && partial == null && forward == null) {
            return Optional.empty();
        }
        Cols e = Cols.EMPTY;
        var results = new RequestsTable.Results(total(granted), total(partial),
                new RequestsTable.Denied(e, e, e, e, e, e, e, e), new RequestsTable.UnableToProvide(e, e, e),
                new RequestsTable.NotProcessed(e, e, e, e, e), e, null, e);
        return Optional.of(new RequestsTable(total(received), total(carriedOver), results, total(forward)));
    }

    static Optional<ReviewLitigation> review(List<Section> sections) {
        for (Section s : sections) {
            if ("reviewLitigation".equals(s.key()) && NONE.matcher(LabelText.normalize(s.text())).matches()) {
                ReviewBlock zero = new ReviewBlock(null, null, null, null, BigDecimal.ZERO);
                return Optional.of(new ReviewLitigation(zero, zero, zero));
            }
        }
        for (String sentence : SENTENCE_END.split(allText(sections))) {
            Matcher m = REVIEW.matcher(sentence);
            if (m.find() && !sentence.contains("诉讼")) {
                ReviewBlock review = new ReviewBlock(after(sentence, "维持"), after(sentence, "纠[正错]"),
                        after(sentence, "其他"), after(sentence, "尚未审结"), new BigDecimal(m.group(1)));
                return Optional.of(new ReviewLitigation(review, ReviewBlock.EMPTY, ReviewBlock.EMPTY));
            }
        }
        return Optional.empty();
    }

    private static BigDecimal after(String sentence, String word) {
        Matcher m = COUNT_AFTER.computeIfAbsent(word, w -> Pattern.compile(w + "[^，,。；;、\\d]{0,12}?(\\d+)件")).matcher(sentence);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static Cols total(BigDecimal value) {
        return new Cols(null, null, null, null, null, null, value);
    }

    private static BigDecimal first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static String allText(List<Section> sections) {
        List<String> texts = new ArrayList<>();
        sections.forEach(s -> texts.add(LabelText.normalize(s.text().replace("\n", "。"))));
        return String.join("。", texts);
    }
}
