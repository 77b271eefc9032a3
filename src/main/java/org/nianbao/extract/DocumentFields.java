package org.nianbao.extract;

import java.util.List;
import java.util.Optional;
import org.nianbao.convert.MetaField;

/** Looks up the page/document metadata fields by any of several printed labels, first label first. */
final class DocumentFields {

    private final List<MetaField> fields;

    DocumentFields(List<MetaField> fields) {
        this.fields = fields;
    }

    Optional<String> first(String... labels) {
        for (String label : labels) {
            for (MetaField f : fields) {
                if (f.label().equals(label) && !f.value().isBlank()) {
                    return Optional.of(f.value().strip());
                }
            }
        }
        return Optional.empty();
    }
}
