package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.DefaultAuthenticator;
import org.apache.camel.main.PropertiesRouteTemplateParametersSource;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.console.ConversionMetrics;
import org.nianbao.convert.Converters;
import org.nianbao.convert.FormatDetector;
import org.nianbao.extract.ReportExtractor;
import org.nianbao.ingest.InboxIngest;
import org.nianbao.ingest.RawNameSweep;
import org.nianbao.mail.AfterHandling;
import org.nianbao.mail.HandledMessages;
import org.nianbao.mail.IgnoredMessages;
import org.nianbao.mail.MailIngest;
import org.nianbao.mail.MailRecords;
import org.nianbao.mail.MailSettings;
import org.nianbao.mail.Mailbox;
import org.nianbao.mail.MessageUnpacker;
import org.nianbao.mail.ReceiptLetter;
import org.nianbao.mail.ReceiptSettings;
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
    /** The bean that takes inbox files whose names the file component must not touch. */
    public static final String RAW_NAME_SWEEP = "rawNameSweep";
    private static final String READ_LOCK_MIN_AGE = "nianbao.inbox.read-lock-min-age-ms";
    /** The beans the mail routes call: one message in, one receipt out. */
    public static final String MAIL_INGEST = "mailIngest";
    public static final String RECEIPT_LETTER = "receiptLetter";
    /** The route template every configured mailbox's route is made from ({@code routes/ingest-mail.camel.yaml}). */
    public static final String MAIL_TEMPLATE = "ingest-mail";
    /** Documents the inbox route converts at once; empty: one per available processor. */
    public static final String INBOX_THREADS = "nianbao.inbox.threads";
    /** Threads of the inbox route (derived from {@link #INBOX_THREADS}, not a setting of its own). */
    static final String INBOX_POOL = "nianbao.inbox.pool-threads";
    /** The pipeline (with its meters), archive and failed folder, also used by the console's upload. */
    public static final String PIPELINE = "reportPipeline";
    public static final String ARCHIVE = "reportArchive";
    public static final String FAILED = "failedFolder";

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
        return new ReportPipeline(new FormatDetector(), Converters.standard(settings.ocr()), new ReportExtractor(regions::resolve),
                settings.limits());
    }

    @Override
    public void configure(CamelContext context) throws IOException {
        Settings settings = Settings.from(context.getPropertiesComponent()::resolveProperty);
        Files.createDirectories(settings.inbox());
        Files.createDirectories(settings.data());
        ReportArchive archive = ReportArchive.open(settings.archive());
        FailedFolder failed = FailedFolder.open(settings.failed(), clock);
        ReportPipeline pipeline = new ConversionMetrics(pipelines.apply(settings), ConsoleConfiguration.meters(context));
        context.getRegistry().bind(PIPELINE, pipeline);
        context.getRegistry().bind(ARCHIVE, archive);
        context.getRegistry().bind(FAILED, failed);
        int threads = inboxThreads(context.getPropertiesComponent().resolveProperty(INBOX_THREADS));
        context.getPropertiesComponent().addOverrideProperty(INBOX_THREADS, Integer.toString(threads));
        context.getPropertiesComponent().addOverrideProperty(INBOX_POOL, Integer.toString(inboxPool(threads)));
        // As many conversions at once as workers, the polling thread's included: a heap sized for one worker
        // (README "Memory") never holds two of the largest documents.
        InboxIngest inboxIngest = new InboxIngest(pipeline, archive, failed, settings.limits().maxBytes(), clock, threads);
        context.getRegistry().bind(INBOX_INGEST, inboxIngest);
        long settledAfterMs = Long.parseLong(context.getPropertiesComponent().resolveProperty(READ_LOCK_MIN_AGE)
                .map(String::strip).orElse("1000"));
        context.getRegistry().bind(RAW_NAME_SWEEP, new RawNameSweep(settings.inbox(), inboxIngest, settledAfterMs, clock));
        LOG.info("inbox   {}", settings.inbox().toAbsolutePath());
        LOG.info("archive {}", archive.root());
        LOG.info("failed  {}", failed.root());
        LOG.info("data    {}", settings.data().toAbsolutePath());
        configureMail(context, settings, pipeline, archive, failed);
    }

    /**
     * Threads of the inbox route: twice the converting workers, so that while a document's files are forced
     * to the disk another one is converted. The number of conversions at once stays that of the setting,
     * bounded by {@link InboxIngest}.
     */
    static int inboxPool(int threads) {
        return 2 * threads;
    }

    static int inboxThreads(Optional<String> setting) {
        String value = setting.map(String::strip).orElse("");
        if (value.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value);
            if (threads > 0) {
                return threads;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + INBOX_THREADS + " must be a positive whole number or empty, not '"
                    + value + "'", e);
        }
        throw new IllegalArgumentException("setting " + INBOX_THREADS + " must be a positive whole number or empty, not '"
                + value + "'");
    }

    /**
     * The mail channel: the beans its routes call, and one route per configured mailbox, made from the
     * {@value #MAIL_TEMPLATE} template when the context starts. Passwords never enter an endpoint URI (which
     * is logged and shown in management tools): each mailbox logs in through an authenticator bean.
     */
    private void configureMail(CamelContext context, Settings settings, ReportPipeline pipeline, ReportArchive archive,
                               FailedFolder failed) throws IOException {
        MailSettings mail = MailSettings.from(context.getPropertiesComponent()::resolveProperty, System::getenv);
        MailRecords records = new MailRecords(HandledMessages.open(settings.data().resolve("mail-handled"), clock),
                new IgnoredMessages(failed.root(), clock));
        context.getRegistry().bind(MAIL_INGEST, new MailIngest(pipeline, archive, failed, records,
                new MessageUnpacker(new FormatDetector()), mail.maxMessageBytes(), clock));
        ReceiptSettings receipts = mail.receipts();
        context.getRegistry().bind(RECEIPT_LETTER, new ReceiptLetter(receipts.enabled(), receipts.from(), receipts.zone(), clock));
        if (!receipts.username().isEmpty()) {
            context.getRegistry().bind("mail-receipts-authenticator", new DefaultAuthenticator(receipts.username(), receipts.password()));
        }
        PropertiesRouteTemplateParametersSource routes = new PropertiesRouteTemplateParametersSource();
        for (Mailbox mailbox : mail.mailboxes()) {
            String authenticator = "mail-authenticator-" + mailbox.index();
            context.getRegistry().bind(authenticator, new DefaultAuthenticator(mailbox.username(), mailbox.password()));
            mailRouteParameters(mailbox, authenticator, receipts).forEach((key, value) -> routes.addParameter(mailbox.routeId(), key, value));
            LOG.info("mail    reading {}://{}:{}, folder {}, as {}", mailbox.protocol(), mailbox.host(), mailbox.port(),
                    mailbox.folder(), mailbox.username());
        }
        context.getRegistry().bind("mailRoutes", routes);
        if (mail.mailboxes().isEmpty()) {
            LOG.info("mail    no mailbox configured");
        } else if (receipts.enabled()) {
            LOG.info("mail    receipts sent from {} through {}:{}", receipts.from(), receipts.host(), receipts.port());
        }
    }

    private static Map<String, Object> mailRouteParameters(Mailbox mailbox, String authenticator, ReceiptSettings receipts) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("templateId", MAIL_TEMPLATE);
        parameters.put("protocol", mailbox.protocol());
        parameters.put("host", mailbox.host());
        parameters.put("port", mailbox.port());
        parameters.put("authenticator", authenticator);
        parameters.put("folder", mailbox.folder());
        parameters.put("delay", mailbox.pollDelayMs());
        parameters.put("delete", mailbox.after() == AfterHandling.DELETE);
        parameters.put("mailbox", mailbox.name());
        if (mailbox.after() == AfterHandling.MOVE) {
            parameters.put("moveTo", mailbox.moveTo());
        }
        if (!receipts.username().isEmpty()) {
            parameters.put("receiptAuthenticator", "#mail-receipts-authenticator");
        }
        return parameters;
    }
}
