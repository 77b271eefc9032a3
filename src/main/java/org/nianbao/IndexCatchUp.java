package org.nianbao;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.nianbao.index.ArchiveRebuild;
import org.nianbao.index.IndexConvergence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes every archive entry the index lacks (a new or lost database, or a crash between an archive write
 * and its index commit) on a thread of its own, begun when the service is configured, while Camel starts.
 * The context's start completes only once this is done, and fails with the reason when it fails; entries
 * the routes archive meanwhile are indexed by them (indexing is idempotent).
 */
final class IndexCatchUp implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

    private final String index;
    private final CompletableFuture<ArchiveRebuild.Result> done = new CompletableFuture<>();

    /** Begins at once; {@code index} names the database in the start-up line. */
    IndexCatchUp(IndexConvergence convergence, String index) {
        this.index = index;
        Thread thread = new Thread(() -> {
            try {
                done.complete(convergence.converge());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        }, "index-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // The routes start after this; the wait comes once they run (onCamelContextFullyStarted).
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) throws Exception {
        ArchiveRebuild.Result result;
        try {
            result = done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        LOG.info("index   {}, {} report(s) added from the archive", index, result.added());
    }
}
