package org.nianbao.archive;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.model.AnnualReport;

/**
 * One archived document: its folder {@code <region>/<year>/<sha256>/} holding the original bytes and the
 * canonical JSON. An entry this process has just written also carries the report it wrote ({@code written}),
 * so whoever indexes it next need not read the JSON back into objects; an entry found on the disk carries
 * none. Two entries are equal when they name the same files, whichever carries the report.
 */
public record ArchiveEntry(String sha256, Path directory, Path original, Path reportJson, AnnualReport written) {

    /** An entry as found on the disk. */
    public ArchiveEntry(String sha256, Path directory, Path original, Path reportJson) {
        this(sha256, directory, original, reportJson, null);
    }

    /** The report as written into {@link #reportJson}, when this entry was written by this process. */
    public Optional<AnnualReport> report() {
        return Optional.ofNullable(written);
    }

    /** The same entry carrying the report written into it. */
    public ArchiveEntry withReport(AnnualReport report) {
        return new ArchiveEntry(sha256, directory, original, reportJson, report);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchiveEntry entry && sha256.equals(entry.sha256) && directory.equals(entry.directory)
                && original.equals(entry.original) && reportJson.equals(entry.reportJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, directory, original, reportJson);
    }

    @Override
    public String toString() {
        return "ArchiveEntry[sha256=" + sha256 + ", directory=" + directory + "]";
    }

    /** The region folder name, e.g. {@code 371300-临沂市} or {@code unknown-region}. */
    public String regionFolder() {
        return directory.getParent().getParent().getFileName().toString();
    }

    /** The year folder name, e.g. {@code 2020} or {@code unknown-year}. */
    public String yearFolder() {
        return directory.getParent().getFileName().toString();
    }
}
