package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.index.IndexException;

/**
 * {@code bench service [--files N] [--rounds R] [--threads T] SOURCE...} and {@code bench kill [--files N] [--kills K]
 * [--threads T] SOURCE...}: the whole service in JVMs of its own, on {@code N} distinct documents made from
 * the sources, in a new temporary work folder.
 */
public final class ServiceBench {

    public static final String USAGE = "usage: bench service [--files N] [--rounds R] [--threads T] FILE|DIR...\n"
            + "       bench kill [--files N] [--kills K] [--threads T] FILE|DIR...";

    private final PrintStream out;
    private final PrintStream err;

    public ServiceBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code service} or {@code kill} with its arguments; exit code 0, 1 (not converged) or 2 (usage). */
    public int run(String mode, List<String> args) throws IOException, InterruptedException, IndexException {
        boolean kill = mode.equals("kill");
        int files = kill ? 1000 : 300;
        int kills = 4;
        int rounds = 1;
        Map<String, String> settings = new LinkedHashMap<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            Optional<Integer> value = i + 1 < args.size() ? positive(args.get(i + 1)) : Optional.empty();
            if (arg.startsWith("--") && value.isEmpty()) {
                err.println(USAGE);
                return 2;
            }
            switch (arg) {
                case "--files" -> files = value.get();
                case "--kills" -> kills = value.get();
                case "--rounds" -> {
                    if (kill) {
                        err.println(USAGE);
                        return 2;
                    }
                    rounds = value.get();
                }
                case "--threads" -> settings.put("nianbao.inbox.threads", value.get().toString());
                default -> {
                    inputs.add(Path.of(arg));
                    continue;
                }
            }
            i++;
        }
        if (inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        List<Path> sources = DistinctDocuments.sources(inputs);
        Path work = Files.createTempDirectory("nianbao-bench-");
        return kill ? new KillRecovery(out).run(sources, files, kills, settings, work)
                : new ServiceThroughput(out).run(sources, files, rounds, settings, work);
    }

    private static Optional<Integer> positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
