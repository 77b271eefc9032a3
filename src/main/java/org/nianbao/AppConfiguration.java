package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.function.Function;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.InboxIngest;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.region.RegionResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the service's plain Java objects from the settings and binds the ones the routes call into the
 * registry. This is the one place where objects are created and connected.
 */
public final class AppConfiguration implements CamelConfiguration {

    /** The bean the inbox route and the dead-letter route call. */
    public static final String INBOX_INGEST = "inboxIngest";

    private static final Logger LOG = LoggerFactory.getLogger(AppConfiguration.class);

    private final Function<Settings, ReportPipeline> pipelines;
    private final Clock clock;

    public AppConfiguration() {
        this(AppConfiguration::standardPipeline, Clock.systemUTC());
    }

    /** A service with another pipeline (tests pass one whose converters and extractor they control). */
    public AppConfiguration(Function<Settings, ReportPipeline> pipelines, Clock clock) {
        this.pipelines = pipelines;
        this.clock = clock;
    }

    /**
     * The pipeline with every registered converter and the report extractor; regions are resolved with the
     * shipped division data, names found in several places settled by the office's home region if set.
     */
    public static ReportPipeline standardPipeline(Settings settings) {
        RegionCatalog catalog = RegionCatalog.standard();
        RegionResolver regions = settings.homeRegion().map(home -> new RegionResolver(catalog, home))
                .orElseGet(() -> new RegionResolver(catalog));
        return new ReportPipeline(new FormatDetector(), Converters.standard(), new ReportExtractor(regions::resolve),
                settings.limits());
    }

    @Override
    public void configure(CamelContext context) throws IOException {
        Settings settings = Settings.from(context.getPropertiesComponent()::resolveProperty);
        Files.createDirectories(settings.inbox());
        Files.createDirectories(settings.data());
        ReportArchive archive = ReportArchive.open(settings.archive());
        FailedFolder failed = FailedFolder.open(settings.failed(), clock);
        ReportPipeline pipeline = pipelines.apply(settings);
        context.getRegistry().bind(INBOX_INGEST,
                new InboxIngest(pipeline, archive, failed, settings.limits().maxBytes(), clock));
        LOG.info("inbox {}, archive {}, failed {}, data {}", settings.inbox().toAbsolutePath(), archive.root(),
                failed.root(), settings.data().toAbsolutePath());
    }
}
