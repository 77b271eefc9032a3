package org.nianbao;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexConvergence;
import org.nianbao.index.IndexException;
import org.nianbao.summary.RegionalSummaries;
import org.nianbao.summary.SummaryMail;
import org.nianbao.summary.SummaryOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the archive index and the regional summaries: opens (or creates) the index, indexes every archive
 * entry it lacks (a new or lost database, or a crash between an archive write and its index commit), and
 * binds the beans the summary routes call. The index's connections are closed when the service stops. Two
 * values the routes need are derived here: the delay until the first scheduled rebuild, and the SMTP endpoint.
 */
public final class SummaryConfiguration implements CamelConfiguration {

    /** The bean the archived, rebuild and scheduled routes call. */
    public static final String SUMMARIES = "summaries";
    /** The bean that indexes new archive entries and retries the ones whose index write failed. */
    public static final String INDEX_CONVERGENCE = "indexConvergence";
    /** The archive index, opened once and shared by the summaries, the index convergence and the console. */
    public static final String ARCHIVE_INDEX = "archiveIndex";
    /** The bean that builds the mail of a written summary. */
    public static final String SUMMARY_MAIL = "summaryMail";
    static final String REBUILD_ALL_DELAY_MS = "nianbao.summary.rebuild-all-delay-ms";
    static final String REBUILD_ALL_ENABLED = "nianbao.summary.rebuild-all-enabled";
    static final String MAIL_ENDPOINT = "nianbao.summary.mail.endpoint";

    private static final Logger LOG = LoggerFactory.getLogger(SummaryConfiguration.class);

    private final Clock clock;

    public SummaryConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        Settings settings = Settings.from(properties::resolveProperty);
        SummarySettings summaries = SummarySettings.from(properties::resolveProperty, settings.data());
        // The schema check and the catching up with the archive run while Camel starts; the routes may take
        // a first document meanwhile (its index write waits for the tables). Start-up completes only once
        // both are done, and fails if they fail, as before.
        ArchiveIndex index = ArchiveIndex.openInBackground(summaries.index(), clock);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() throws IndexException {
                index.close();
            }
        }, true, true);
        context.getRegistry().bind(ARCHIVE_INDEX, index);
        IndexConvergence convergence = new IndexConvergence(index, settings.archive());
        context.addStartupListener(new IndexCatchUp(convergence, summaries.index().toString()));
        context.getRegistry().bind(INDEX_CONVERGENCE, convergence);
        SummaryOutbox outbox = new SummaryOutbox(summaries.outbox());
        context.getRegistry().bind(SUMMARIES,
                new RegionalSummaries(index, summaries.rosters(), outbox, summaries.quietPeriod(), summaries.maxWait(), clock));
        context.getRegistry().bind(SUMMARY_MAIL, new SummaryMail(summaries.mail().to(), summaries.mail().from()));
        properties.addOverrideProperty(MAIL_ENDPOINT, summaries.mail().endpoint());
        if (!summaries.mail().username().isEmpty()) {
            MailConfiguration smtp = context.getComponent("smtp", MailComponent.class).getConfiguration();
            smtp.setUsername(summaries.mail().username());
            smtp.setPassword(summaries.mail().password());
        }
        properties.addOverrideProperty(REBUILD_ALL_ENABLED, Boolean.toString(summaries.rebuildAllAt().isPresent()));
        properties.addOverrideProperty(REBUILD_ALL_DELAY_MS,
                Long.toString(summaries.rebuildAllAt().map(this::untilNext).orElse(Duration.ofDays(1)).toMillis()));
        LOG.info("outbox  {} (rosters {}; summaries {})", outbox.root().toAbsolutePath(),
                summaries.rosters().toAbsolutePath(), summaries.mail());
    }

    /** How long until the next {@code time} of day in the local time zone. */
    Duration untilNext(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.systemDefault()));
        ZonedDateTime next = now.with(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
