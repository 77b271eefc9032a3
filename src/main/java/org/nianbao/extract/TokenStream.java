package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.nianbao.convert.Block;
import org.nianbao.convert.Cell;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.TableBlock;

/**
 * The whole document as one sequence of cell-sized tokens, so that a table reader works the same on a
 * real grid, on "| a | b |" lines and on a table flattened one cell per line. Prose paragraphs are tokens
 * too: they are neither labels nor values, so they end whatever a reader was collecting.
 */
final class TokenStream {

    private static final java.util.regex.Pattern PIPE = java.util.regex.Pattern.compile("[|｜]");

    private final List<Token> tokens = new ArrayList<>();

    TokenStream(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof TableBlock table) {
                addTable(table, i);
            } else if (block instanceof Paragraph p) {
                addParagraph(p.text(), i);
            }
        }
    }

    private void addTable(TableBlock table, int index) {
        for (List<Cell> row : table.table().rows()) {
            for (Cell cell : row) {
                if (!cell.spanned()) {
                    tokens.add(Token.of(cell.text(), index, table.ruled()));
                }
            }
        }
    }

    private void addParagraph(String text, int index) {
        String t = text.strip();
        if (t.length() > 2 && (t.startsWith("|") || t.startsWith("｜")) && (t.endsWith("|") || t.endsWith("｜"))) {
            String inner = t.substring(1, t.length() - 1);
            for (String part : PIPE.split(inner, -1)) {
                tokens.add(Token.of(part, index, false));
            }
        } else {
            tokens.add(Token.of(t, index, false));
        }
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The first token at or after {@code from} that matches. */
    OptionalInt find(int from, Predicate<Token> test) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (test.test(tokens.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
