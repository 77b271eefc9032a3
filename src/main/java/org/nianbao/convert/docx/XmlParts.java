package org.nianbao.convert.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.MarkupBudget;
import org.nianbao.convert.ParseLimits;

/**
 * Measures the XML a DOCX unpacks to before POI parses it: POI turns every XML part into an in-memory
 * tree (a few hundred bytes per element), so the parts' bytes and tags together must stay within the
 * markup limits. The parts are inflated by streaming through a small buffer; nothing is kept.
 * Bytes that are no readable zip pass: POI then reports them.
 */
final class XmlParts {

    private static final int BUFFER = 64 * 1024;

    private XmlParts() {
    }

    static void check(byte[] bytes, ParseLimits limits) throws ConversionException {
        MarkupBudget budget = new MarkupBudget(limits, "the Word file's XML");
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!isXml(entry.getName())) {
                    continue;
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    budget.add(buffer, 0, read);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a zip this reader understands: POI gives the precise reason when it opens the file.
            return;
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }
}
