package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nianbao.model.ReviewBlock;
import org.nianbao.model.ReviewLitigation;

/**
 * Reads table 四: after its header labels (行政复议 / 行政诉讼 / 结果维持 … 总计) comes one data row of
 * fifteen values, 复议 1–5, 未经复议直接起诉 6–10, 复议后起诉 11–15.
 */
final class ReviewReader {

    private static final Set<String> HEADERS = Set.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
            "总计", "未经复议直接起诉", "复议后起诉", "直接起诉");
    private static final List<String> BLOCKS = List.of("review", "litigationDirect", "litigationAfterReview");
    private static final int VALUES = 15;

    record Read(ReviewLitigation table, TableCells cells) {
    }

    private ReviewReader() {
    }

    static OptionalInt anchor(TokenStream stream, int from) {
        return stream.find(from, t -> t.norm().equals("行政复议"));
    }

    static Optional<Read> read(TokenStream stream, int anchor, int limit) {
        List<Integer> values = new ArrayList<>();
        for (int i = anchor; i < limit && values.size() < VALUES; i++) {
            Token t = stream.get(i);
            if (HEADERS.contains(t.norm())) {
                values.clear();
            } else if (t.isValue()) {
                values.add(i);
            } else if (!values.isEmpty()) {
                break;
            }
        }
        if (values.isEmpty() || values.stream().allMatch(i -> stream.get(i).value().isBlank() && stream.get(i).value().raw().isEmpty())) {
            return Optional.empty();
        }
        TableCells cells = new TableCells("reviewLitigation");
        if (values.size() < VALUES) {
            cells.warn("TABLE_ROW_INCOMPLETE", "table 四 has " + values.size() + " of " + VALUES + " cells");
        }
        for (int k = 0; k < VALUES; k++) {
            String path = BLOCKS.get(k / 5) + "." + ReviewBlock.NAMES.get(k % 5);
            if (k < values.size()) {
                cells.put(path, stream.get(values.get(k)).value(), null);
            } else {
                cells.putMissing(path);
            }
        }
        cells.span(anchor, values.get(values.size() - 1), stream.get(values.get(0)).fromGrid());
        return Optional.of(new Read(new ReviewLitigation(block(cells, 0), block(cells, 1), block(cells, 2)), cells));
    }

    private static ReviewBlock block(TableCells cells, int b) {
        List<java.math.BigDecimal> v = new ArrayList<>();
        ReviewBlock.NAMES.forEach(n -> v.add(cells.get(BLOCKS.get(b) + "." + n)));
        return ReviewBlock.of(v);
    }
}
