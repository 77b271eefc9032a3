package org.nianbao.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.nianbao.correction.Corrections;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.summary.RegionalSummaries;

/**
 * Everything the console's pages read and change: the index, summaries, corrections, uploads, users and
 * sessions, the failed folder, the office's home region and year, and the health and metrics texts that
 * the wiring takes from Camel.
 */
public record ConsoleContext(ArchiveIndex index, RegionalSummaries summaries, Corrections corrections, UploadIngest upload,
                             UserFile users, Sessions sessions, Path failedRoot, Optional<String> homeRegion,
                             Optional<Integer> homeYear, ZoneId zone, Supplier<HttpResponse> health,
                             Supplier<String> metrics, Clock clock) {
}
