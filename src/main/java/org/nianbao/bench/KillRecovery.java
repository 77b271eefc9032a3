package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.index.IndexException;

/**
 * The service killed ({@code kill -9}) several times while it works through many documents, restarted each
 * time, then stopped once its inbox is empty: prints whether every document is archived or failed and the
 * index rows are exactly the archive entries. The kills fall at evenly spaced archive counts, so each one
 * lands in the middle of the work.
 */
final class KillRecovery {

    private final PrintStream out;

    KillRecovery(PrintStream out) {
        this.out = out;
    }

    /** Returns 0 when nothing is lost and the index equals the archive, else 1. */
    int run(List<Path> sources, int count, int kills, Map<String, String> settings, Path work)
            throws IOException, InterruptedException, IndexException {
        List<Path> documents = DistinctDocuments.write(sources, count, work.resolve("documents"));
        out.println(Machine.describe());
        Path service = work.resolve("service");
        Path inbox = Files.createDirectories(service.resolve("inbox"));
        for (Path document : documents) {
            Files.copy(document, inbox.resolve(document.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path pointers = service.resolve("archive/.by-sha256");
        long started = System.nanoTime();
        ChildService running = ChildService.service(service, settings, work.resolve("service.log"));
        int done = 0;
        for (int k = 1; k <= kills; k++) {
            long threshold = (long) k * documents.size() / (kills + 1);
            ServiceThroughput.waitUntil(running, () -> ChildService.filesIn(pointers) >= threshold
                    || ChildService.filesIn(inbox) == 0);
            if (ChildService.filesIn(inbox) == 0) {
                break;
            }
            running.kill();
            done++;
            out.printf(Locale.ROOT, "kill -9 #%d after %.1f s, %d archive entries%n", k, (System.nanoTime() - started) / 1e9,
                    ChildService.filesIn(pointers));
            running = ChildService.service(service, settings, work.resolve("service.log"));
        }
        ServiceThroughput.waitUntil(running, () -> ChildService.filesIn(inbox) == 0);
        running.stop();
        out.printf(Locale.ROOT, "%d document(s), %d kill(s), inbox empty after %.1f s%n", documents.size(), done,
                (System.nanoTime() - started) / 1e9);
        EndState state = EndState.of(documents, service);
        out.println(state.describe());
        out.println(state.converged() ? "index rows = archive entries, nothing lost" : "NOT CONVERGED");
        out.println("work folder (logs, outputs): " + work);
        return state.converged() ? 0 : 1;
    }
}
