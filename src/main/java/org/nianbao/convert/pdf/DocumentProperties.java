package org.nianbao.convert.pdf;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.nianbao.convert.MetaField;

/**
 * The document information dictionary (Title, Author, CreationDate …) as label/value fields; dates in
 * ISO-8601 with their offset.
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static List<MetaField> of(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        List<MetaField> fields = new ArrayList<>();
        add(fields, "Title", info.getTitle());
        add(fields, "Author", info.getAuthor());
        add(fields, "Subject", info.getSubject());
        add(fields, "Keywords", info.getKeywords());
        add(fields, "Creator", info.getCreator());
        add(fields, "Producer", info.getProducer());
        add(fields, "CreationDate", iso(info.getCreationDate()));
        add(fields, "ModDate", iso(info.getModificationDate()));
        return fields;
    }

    private static void add(List<MetaField> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new MetaField(label, value.strip()));
        }
    }

    private static String iso(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        return calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()).toOffsetDateTime().toString();
    }
}
