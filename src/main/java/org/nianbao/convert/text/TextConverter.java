package org.nianbao.convert.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.convert.Block;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.DocumentConverter;
import org.nianbao.convert.DocumentFormat;
import org.nianbao.convert.FailureCode;
import org.nianbao.convert.Paragraph;
import org.nianbao.convert.ParseLimits;
import org.nianbao.convert.ParsedDocument;
import org.nianbao.convert.Table;
import org.nianbao.convert.TableBlock;

/**
 * Plain text and Markdown: one paragraph per line ({@code #} headings keep their level), Markdown pipe
 * tables as tables (fragments cut by page breaks joined), and the rows of tables flattened into lines
 * (one cell per line, or all of a row's cells run together) rebuilt by {@link FlatTables}.
 */
public final class TextConverter implements DocumentConverter {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+>]\\s+)+");

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TXT;
    }

    @Override
    public ParsedDocument convert(byte[] bytes, ParseLimits limits) throws ConversionException {
        String text = TextDecoder.decode(bytes).orElseThrow(() -> new ConversionException(FailureCode.UNSUPPORTED_FORMAT,
                "the bytes are not readable text (neither UTF-8 nor GB18030, or they hold control characters)"));
        List<Block> blocks = blocks(text.split("\\r\\n|\\r|\\n|\\f", -1));
        if (blocks.isEmpty()) {
            throw new ConversionException(FailureCode.NO_CONTENT, "the text holds no words");
        }
        FlatTables.Result rebuilt = FlatTables.rebuild(blocks);
        return new ParsedDocument(DocumentFormat.TXT, rebuilt.blocks(), List.of(), rebuilt.warnings());
    }

    static List<Block> blocks(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (MarkdownTables.isRow(lines[i])) {
                i = table(lines, i, blocks);
                continue;
            }
            String line = lines[i].strip();
            i++;
            if (line.isEmpty() || line.startsWith("<!--") && line.endsWith("-->")) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String title = plain(heading.group(2));
                if (!title.isEmpty()) {
                    blocks.add(new Paragraph(title, heading.group(1).length(), true, Paragraph.Alignment.LEFT, 0));
                }
                continue;
            }
            String plain = plain(LIST_MARK.matcher(line).replaceFirst(""));
            if (!plain.isEmpty()) {
                blocks.add(Paragraph.plain(plain));
            }
        }
        return blocks;
    }

    /** Reads a pipe table and every fragment that continues it; returns the index after it. */
    private static int table(String[] lines, int start, List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.length) {
            List<List<String>> fragment = new ArrayList<>();
            while (i < lines.length && MarkdownTables.isRow(lines[i])) {
                List<String> cells = MarkdownTables.cells(lines[i]);
                if (!cells.isEmpty()) {
                    fragment.add(cells);
                }
                i++;
            }
            MarkdownTables.append(rows, fragment);
            int next = i;
            while (next < lines.length && MarkdownTables.isPageMark(lines[next])) {
                next++;
            }
            if (next < lines.length && next > i && MarkdownTables.isRow(lines[next])) {
                i = next;
            } else {
                break;
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new TableBlock(new Table(MarkdownTables.grid(rows)), false, 0));
        }
        return i;
    }

    /** The line without Markdown emphasis marks. */
    private static String plain(String line) {
        return line.replace("**", "").replace("__", "").strip();
    }
}
