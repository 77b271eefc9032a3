package org.nianbao.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.FailureReason;
import org.nianbao.convert.FailureCode;
import org.nianbao.mail.FailureWording;
import org.nianbao.model.Json;

/** The documents kept in the failed folder, read from their reason files, newest first. */
final class FailedDocuments {

    private FailedDocuments() {
    }

    static List<FailureReason> list(Path failedRoot) throws IOException {
        List<FailureReason> reasons = new ArrayList<>();
        if (!Files.isDirectory(failedRoot)) {
            return reasons;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(failedRoot)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(FailedFolder.REASON_SUFFIX)).toList();
        }
        for (Path file : files) {
            reasons.add(Json.mapper().readValue(file.toFile(), FailureReason.class));
        }
        reasons.sort(Comparator.comparing(FailureReason::time, Comparator.nullsLast(Comparator.reverseOrder())));
        return reasons;
    }

    /** The reason in Chinese, for a known code. */
    static Optional<String> wording(String code) {
        for (FailureCode c : FailureCode.values()) {
            if (c.reason().equals(code)) {
                return Optional.of(FailureWording.of(c));
            }
        }
        return Optional.empty();
    }
}
