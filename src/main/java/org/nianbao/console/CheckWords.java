package org.nianbao.console;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.mail.CheckWording;
import org.nianbao.model.Check;

/** A failed check in words (as the receipts say it) and the table cells it involves. */
final class CheckWords {

    private CheckWords() {
    }

    static String line(Check check) {
        return CheckWording.of(check);
    }

    /** The cell paths (below {@code tables.}) among {@code cells} that the check adds up or compares. */
    static List<String> cells(Check check, List<String> cells) {
        String target = check.target() == null ? "" : check.target();
        String tail = target.substring(target.indexOf('.') + 1);
        List<String> found = new ArrayList<>();
        switch (check.id()) {
            case "R1" -> {
                for (String row : List.of("newReceived", "carriedOver", "results.total", "carriedForward")) {
                    found.add("requests." + row + "." + tail);
                }
            }
            case "R2" -> cells.stream().filter(p -> p.startsWith(target + ".")).forEach(found::add);
            case "R3" -> cells.stream().filter(p -> p.startsWith("requests.results.") && p.endsWith("." + tail)).forEach(found::add);
            case "R4" -> cells.stream().filter(p -> p.startsWith(target + ".")).forEach(found::add);
            case "R5" -> {
                String message = check.message() == null ? "" : check.message();
                int colon = message.indexOf(':');
                if (colon >= 0) {
                    for (String bad : message.substring(colon + 1).split(",")) {
                        found.add(bad.strip().replaceFirst("^tables\\.", ""));
                    }
                }
            }
            default -> {
                // R6 compares the text with a table figure; no cell of its own is highlighted.
            }
        }
        found.retainAll(cells);
        return found;
    }
}
