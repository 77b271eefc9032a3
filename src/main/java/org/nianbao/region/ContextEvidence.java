package org.nianbao.region;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The divisions named anywhere in the words around a report (agency, site name, publisher, text). Used
 * only to settle a name borne by several divisions, so the texts are scanned on first need and once.
 */
final class ContextEvidence {

    private final NameIndex names;
    private final List<String> texts;
    private Set<String> named;

    ContextEvidence(NameIndex names, List<String> texts) {
        this.names = names;
        this.texts = texts;
    }

    /** How many of these divisions (a candidate's ancestors) the texts name. */
    int countNamed(List<Division> divisions) {
        Set<String> codes = named();
        int count = 0;
        for (Division division : divisions) {
            if (codes.contains(division.code())) {
                count++;
            }
        }
        return count;
    }

    private Set<String> named() {
        if (named == null) {
            named = new HashSet<>();
            texts.forEach(text -> names.collectNamed(text, named));
        }
        return named;
    }
}
