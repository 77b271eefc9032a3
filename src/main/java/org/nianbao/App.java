package org.nianbao;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.nianbao.cli.BenchCommand;
import org.nianbao.cli.ConvertCommand;
import org.nianbao.cli.ExportCommand;
import org.nianbao.cli.SummarizeCommand;
import org.nianbao.cli.UserCommand;
import org.nianbao.console.UserFile;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Json;
import org.nianbao.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code nianbao.jar}: with no command (or {@code run}) it starts the service; {@code convert}
 * converts files and {@code summarize} writes a regional summary without it.
 */
public final class App {

    static final String USAGE = """
            usage: java [-Dnianbao.SETTING=VALUE ...] -jar nianbao.jar [COMMAND]

            commands:
              run                           start the service (the default): watch the inbox folder,
                                            archive converted reports, keep failed files with a reason
              convert FILE|DIR... [--out DIR] [--threads N] [--resume]
                                            convert documents (folders recursively) to canonical
                                            JSON without the service, on all processors: one file
                                            without --out prints to standard output
              export [--from DIR] --out DIR [--region CODE] [--years FROM[-TO]] [--template T]
                                            write the index's reports (or a folder of report JSONs)
                                            as reports.csv, reports.xlsx (one row per report) and
                                            cells.csv (one row per cell)
              summarize --region CODE --year YEAR [--out DIR]
                                            write a region's summary for a year from the archive
                                            index into the outbox (or DIR)
              bench [--rounds N] FILE|DIR...
                                            time the conversion of each document against the bare
                                            library (PDFBox, POI, jsoup) on the same file; medians
              bench service [--files N] [--rounds R] [--threads T] FILE|DIR...
                                            the service against convert on the same N documents
                                            (default 300), and the time to the first archived report;
                                            R rounds taking turns, then the medians
              bench kill [--files N] [--kills K] FILE|DIR...
                                            kill -9 the service K times (default 4) while it takes
                                            N documents (default 1000); compare index and archive
              user add NAME --role editor|viewer
                                            add a console user (or change its role and
                                            password); the password is asked for, or read
                                            from the first line of standard input
              warm-up FILE...               run the service once on these documents in a scratch
                                            folder and stop; the build runs it to record the
                                            service's classes in target/nianbao.jsa (see README)
              --help                        show this help

            Settings and their defaults are listed in README.md; -D options go before -jar.
            """;

    /** The commands that read or write files (not help or an unknown command). */
    private static final Set<String> COMMANDS = Set.of("run", "convert", "summarize", "bench", "warm-up");

    private final PrintStream out;
    private final PrintStream err;

    App(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new App(System.out, System.err).run(args));
    }

    /** Runs one command; returns the process exit code (0 ok, 1 some input failed, 2 usage error). */
    int run(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        Optional<String> encoding = FileNameEncoding.problem();
        if (encoding.isPresent() && COMMANDS.contains(command)) {
            err.println(encoding.get());
            return 2;
        }
        return switch (command) {
            case "run" -> runService(rest);
            case "convert" -> convert(rest);
            case "summarize" -> summarize(rest);
            case "bench" -> bench(rest);
            case "export" -> export(rest);
            case "user" -> user(rest);
            case "warm-up" -> new WarmUp(out, err, Path.of(System.getProperty("java.io.tmpdir"))).run(Arrays.asList(rest));
            case "--help", "-h", "help" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("unknown command: " + command);
                if (command.startsWith("-D")) {
                    err.println("settings go before -jar: java " + command + " -jar nianbao.jar");
                }
                err.print(USAGE);
                yield 2;
            }
        };
    }

    /**
     * Runs the service until it is stopped. SIGTERM and Ctrl-C (SIGINT) stop it cleanly: routes finish the
     * document in progress, and the process exits with status 0 instead of the JVM's 143 or 130.
     */
    private int runService(String[] args) throws Exception {
        preload();
        Main main = service(new AppConfiguration(), new Properties());
        StopSignals.onStop(main::completed);
        try {
            return main.run(args);
        } catch (Exception e) {
            err.println("nianbao cannot start: " + StartFailure.reason(e));
            return 2;
        }
    }

    /**
     * Reads the division table (the largest single start-up cost of the pipeline) and prepares the JSON
     * reading and writing of a report on a thread of their own while Camel starts on this one, so the first
     * document does not wait for all of it one after the other. The pipeline's own call waits for the table
     * to be loaded; a failure surfaces there (and is printed by this thread).
     */
    private static void preload() {
        Thread loader = new Thread(() -> {
            RegionCatalog.standard();
            Json.mapper().writerFor(AnnualReport.class);
            Json.mapper().readerFor(AnnualReport.class);
        }, "preload");
        loader.setDaemon(true);
        loader.start();
    }

    private int bench(String[] args) throws Exception {
        quietLogging();
        Settings settings = Settings.from(LayeredProperties.ofThisProcess());
        return new BenchCommand(AppConfiguration.standardPipeline(settings), out, err).run(Arrays.asList(args));
    }

    private int user(String[] args) throws IOException {
        quietLogging();
        LayeredProperties properties = LayeredProperties.ofThisProcess();
        Settings settings = Settings.from(properties);
        ConsoleSettings console = ConsoleSettings.from(properties, settings.data());
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new UserCommand(new UserFile(console.users()), UserCommand.interactive(stdin, err), out, err)
                .run(Arrays.asList(args));
    }

    private int summarize(String[] args) throws IOException {
        quietLogging();
        LayeredProperties properties = LayeredProperties.ofThisProcess();
        Settings settings = Settings.from(properties);
        SummarySettings summaries = SummarySettings.from(properties, settings.data());
        return new SummarizeCommand(summaries.index(), settings.archive(), summaries.rosters(), summaries.outbox(),
                out, err, Clock.systemUTC()).run(Arrays.asList(args));
    }

    private int export(String[] args) throws IOException {
        quietLogging();
        LayeredProperties properties = LayeredProperties.ofThisProcess();
        Settings settings = Settings.from(properties);
        SummarySettings summaries = SummarySettings.from(properties, settings.data());
        return new ExportCommand(summaries.index(), out, err, Clock.systemUTC()).run(Arrays.asList(args));
    }

    private int convert(String[] args) throws IOException {
        quietLogging();
        Settings settings = Settings.from(LayeredProperties.ofThisProcess());
        ConvertCommand command = new ConvertCommand(AppConfiguration.standardPipeline(settings),
                settings.limits().maxBytes(), out, err, Clock.systemUTC(), Path.of(""));
        return command.run(Arrays.asList(args));
    }

    /**
     * The service as Camel Main: routes from {@code camel.main.routes-include-pattern}, settings from
     * {@code application.properties} under {@code overrides}. No package scan, so nothing on the class path
     * besides these is picked up.
     */
    static Main service(CamelConfiguration configuration, Properties overrides) {
        Main main = new Main();
        main.addMainListener(new StartStopLines());
        main.configure().addConfiguration(configuration);
        main.configure().addConfiguration(new SummaryConfiguration(Clock.systemUTC()));
        main.configure().addConfiguration(new ConsoleConfiguration(Clock.systemUTC()));
        main.setOverrideProperties(overrides);
        return main;
    }

    /**
     * The conversion commands speak on standard error only for failed inputs; progress lines of the
     * pipeline would drown them. A level the user set explicitly wins.
     */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** The service's last start-up line and its last line when stopping, instead of Camel's route tables. */
    private static final class StartStopLines extends MainListenerSupport {

        private static final Logger LOG = LoggerFactory.getLogger(App.class);

        @Override
        public void afterStart(BaseMainSupport main) {
            LOG.info("ready: drop reports into the inbox; stop with Ctrl-C or SIGTERM");
        }

        @Override
        public void afterStop(BaseMainSupport main) {
            LOG.info("stopped");
        }
    }
}
