package org.nianbao.archive;

import java.nio.file.Path;

/**
 * One archived document: its folder {@code <region>/<year>/<sha256>/} holding the original bytes and the
 * canonical JSON.
 */
public record ArchiveEntry(String sha256, Path directory, Path original, Path reportJson) {

    /** The region folder name, e.g. {@code 371300-临沂市} or {@code unknown-region}. */
    public String regionFolder() {
        return directory.getParent().getParent().getFileName().toString();
    }

    /** The year folder name, e.g. {@code 2020} or {@code unknown-year}. */
    public String yearFolder() {
        return directory.getParent().getFileName().toString();
    }
}
