package org.nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a produced report JSON with its ground truth the way the corpus defines it: exact metadata
 * (title without whitespace), exact tables and blank cells, exact status and set of failing checks,
 * section keys/numbers/headings with text compared without whitespace, warning codes as a minimum set,
 * and the source fields except {@code receivedAt}. Collects every difference as one readable line.
 */
public final class TruthComparison {

    private final List<String> differences = new ArrayList<>();

    public static List<String> compare(JsonNode truth, JsonNode actual) {
        TruthComparison c = new TruthComparison();
        c.exact("id", truth.path("id"), actual.path("id"));
        c.exact("status", truth.path("status"), actual.path("status"));
        for (String f : List.of("fileName", "mediaType", "sizeBytes", "sha256", "channel", "mail")) {
            c.exact("source." + f, truth.path("source").path(f), actual.path("source").path(f));
        }
        JsonNode report = truth.path("report");
        for (Iterator<String> it = report.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equals("title")) {
                c.exact("report.title", text(report.path(f)), text(actual.path("report").path(f)));
            } else {
                c.exact("report." + f, report.path(f), actual.path("report").path(f));
            }
        }
        c.sections(truth.path("sections"), actual.path("sections"));
        c.tree("tables", truth.path("tables"), actual.path("tables"));
        c.exact("blankCells", truth.path("blankCells"), actual.path("blankCells"));
        c.failingChecks(truth.path("expectedFailingChecks"), actual.path("checks"));
        c.warningCodes(truth.path("warnings"), actual.path("warnings"));
        return c.differences;
    }

    private void sections(JsonNode truth, JsonNode actual) {
        if (truth.size() != actual.size()) {
            differences.add("sections: expected " + truth.size() + " sections " + headings(truth) + ", got " + actual.size() + " " + headings(actual));
            return;
        }
        for (int i = 0; i < truth.size(); i++) {
            JsonNode t = truth.get(i);
            JsonNode a = actual.get(i);
            exact("sections[" + i + "].key", t.path("key"), a.path("key"));
            exact("sections[" + i + "].number", t.path("number"), a.path("number"));
            exact("sections[" + i + "].heading", text(t.path("heading")), text(a.path("heading")));
            String tt = t.path("text").asText().replaceAll("(?U)\\s+", "");
            String at = a.path("text").asText().replaceAll("(?U)\\s+", "");
            if (!tt.equals(at)) {
                differences.add("sections[" + i + "].text differs at char " + firstDifference(tt, at) + ":\n    expected …"
                        + around(tt, firstDifference(tt, at)) + "…\n    got      …" + around(at, firstDifference(tt, at)) + "…");
            }
        }
    }

    private void tree(String path, JsonNode truth, JsonNode actual) {
        if (truth.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            truth.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                tree(path + "." + n, truth.path(n), actual.path(n));
            }
        } else if (truth.isNumber() && actual.isNumber()) {
            if (truth.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + truth + ", got " + actual);
            }
        } else if (!truth.equals(actual) && !(isNullish(truth) && isNullish(actual))) {
            differences.add(path + ": expected " + truth + ", got " + actual);
        }
    }

    private void failingChecks(JsonNode expected, JsonNode checks) {
        Set<String> want = new TreeSet<>();
        expected.forEach(c -> want.add(c.path("id").asText() + " " + c.path("target").asText()));
        Set<String> got = new TreeSet<>();
        checks.forEach(c -> {
            if (c.path("status").asText().equals("fail")) {
                got.add(c.path("id").asText() + " " + c.path("target").asText());
            }
        });
        if (!want.equals(got)) {
            differences.add("failing checks: expected " + want + ", got " + got);
        }
    }

    private void warningCodes(JsonNode truth, JsonNode actual) {
        Set<String> want = new TreeSet<>();
        truth.forEach(w -> want.add(w.path("code").asText()));
        Set<String> got = new TreeSet<>();
        actual.forEach(w -> got.add(w.path("code").asText()));
        if (!got.containsAll(want)) {
            differences.add("warning codes: expected at least " + want + ", got " + got);
        }
    }

    private void exact(String path, JsonNode truth, JsonNode actual) {
        if (truth.isNumber() && actual.isNumber() ? truth.decimalValue().compareTo(actual.decimalValue()) != 0
                : !truth.equals(actual) && !(isNullish(truth) && isNullish(actual))) {
            differences.add(path + ": expected " + truth + ", got " + actual);
        }
    }

    private void exact(String path, String truth, String actual) {
        if (!truth.equals(actual)) {
            differences.add(path + ": expected " + truth + ", got " + actual);
        }
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "null" : node.asText().replaceAll("(?U)\\s+", "");
    }

    private static boolean isNullish(JsonNode n) {
        return n.isNull() || n.isMissingNode();
    }

    private static List<String> headings(JsonNode sections) {
        List<String> out = new ArrayList<>();
        sections.forEach(s -> out.add(s.path("number").asText() + "、" + s.path("heading").asText()));
        return out;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String around(String s, int i) {
        return s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 40));
    }

    static String describe(Map<String, List<String>> failures) {
        StringBuilder sb = new StringBuilder();
        failures.forEach((file, diffs) -> {
            sb.append("\n== ").append(file).append(" (").append(diffs.size()).append(" differences)\n");
            diffs.stream().limit(25).forEach(d -> sb.append("  ").append(d).append('\n'));
        });
        return sb.toString();
    }
}
