package org.nianbao;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.console.Console;
import org.nianbao.console.ConsoleContext;
import org.nianbao.console.HttpRequest;
import org.nianbao.console.HttpResponse;
import org.nianbao.console.Sessions;
import org.nianbao.console.UploadIngest;
import org.nianbao.console.UserFile;
import org.nianbao.correction.Corrections;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexConvergence;
import org.nianbao.model.Json;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the web console onto camel-main's embedded HTTP server: the {@code consoleHttp} processor the
 * console route calls (it only turns the exchange into a plain {@link HttpRequest} and the answer back),
 * the index's health check beside Camel's route and consumer checks, and the Prometheus meter registry
 * that Camel's route policy and the conversion meters write to. Runs after the other two configurations.
 */
public final class ConsoleConfiguration implements CamelConfiguration {

    /** The processor the console route ({@code routes/console.camel.yaml}) calls. */
    public static final String CONSOLE_HTTP = "consoleHttp";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleConfiguration.class);
    /** The names of every field the console's forms send. */
    private static final List<String> FORM_FIELDS = List.of("csrf", "user", "password", "next", "id", "kind", "target",
            "value", "reason");

    private final Clock clock;

    public ConsoleConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.from(context.getPropertiesComponent()::resolveProperty);
        ConsoleSettings console = ConsoleSettings.from(context.getPropertiesComponent()::resolveProperty, settings.data());
        PrometheusMeterRegistry meters = context.getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME,
                PrometheusMeterRegistry.class);
        Path inbox = settings.inbox();
        Gauge.builder("nianbao.inbox.files", () -> countFiles(inbox)).description("documents waiting in the inbox").register(meters);

        // The index the summaries opened (one schema check and one connection pool for the whole service).
        ArchiveIndex index = context.getRegistry().lookupByNameAndType(SummaryConfiguration.ARCHIVE_INDEX, ArchiveIndex.class);
        Gauge.builder("nianbao.index.reports", () -> indexSize(index)).description("reports in the archive index").register(meters);
        Gauge.builder("nianbao.summaries.waiting", () -> summariesWaiting(index))
                .description("region-years whose summary waits for its rebuild").register(meters);
        RegionalSummaries summaries = context.getRegistry().lookupByNameAndType(SummaryConfiguration.SUMMARIES, RegionalSummaries.class);
        Corrections corrections = new Corrections(index, RegionCatalog.standard(), clock);
        summaries.useInputs(corrections);
        registerIndexHealth(context, index);
        if (!console.enabled()) {
            // The console route does not start; its processor must still exist for the route to be built.
            context.getRegistry().bind(CONSOLE_HTTP, (Processor) exchange -> exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404));
            LOG.info("web console off ({}=false)", ConsoleSettings.ENABLED);
            return;
        }
        ReportPipeline pipeline = context.getRegistry().lookupByNameAndType(AppConfiguration.PIPELINE, ReportPipeline.class);
        ReportArchive archive = context.getRegistry().lookupByNameAndType(AppConfiguration.ARCHIVE, ReportArchive.class);
        FailedFolder failed = context.getRegistry().lookupByNameAndType(AppConfiguration.FAILED, FailedFolder.class);
        IndexConvergence convergence = context.getRegistry().lookupByNameAndType(SummaryConfiguration.INDEX_CONVERGENCE,
                IndexConvergence.class);
        UploadIngest upload = new UploadIngest(pipeline, archive, failed, convergence, settings.limits().maxBytes(), clock);
        ConsoleContext ctx = new ConsoleContext(index, summaries, corrections, upload, new UserFile(console.users()),
                new Sessions(console.sessionIdle(), clock), failed.root(), settings.homeRegion(), console.homeYear(),
                console.zone(), () -> health(context), meters::scrape, clock);
        Console handler = new Console(ctx);
        context.getRegistry().bind(CONSOLE_HTTP, (Processor) exchange -> answer(exchange, handler));
        String host = context.getPropertiesComponent().resolveProperty(ConsoleSettings.HOST).map(String::strip).orElse("127.0.0.1");
        String port = context.getPropertiesComponent().resolveProperty(ConsoleSettings.PORT).map(String::strip).orElse("8480");
        context.addStartupListener(new ConsoleServerStart(host, consolePort(port), settings.limits().maxBytes()));
        LOG.info("web console on http://{}:{}/ (users in {})", host, port, console.users().toAbsolutePath());
    }

    private static int consolePort(String value) {
        if (value.matches("\\d{1,5}") && Integer.parseInt(value) <= 65535) {
            return Integer.parseInt(value);
        }
        throw new IllegalArgumentException("setting " + ConsoleSettings.PORT + " must be a port number, not '" + value + "'");
    }

    /**
     * The meter registry: created before the routes, so Camel's route policy records every route's exchanges
     * in it and the pipeline's meters land there too. Called by {@link AppConfiguration}.
     */
    static PrometheusMeterRegistry meters(CamelContext context) {
        PrometheusMeterRegistry meters = context.getRegistry().lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME,
                PrometheusMeterRegistry.class);
        if (meters == null) {
            meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            context.getRegistry().bind(MicrometerConstants.METRICS_REGISTRY_NAME, meters);
            MicrometerRoutePolicyFactory policies = new MicrometerRoutePolicyFactory();
            policies.setMeterRegistry(meters);
            context.addRoutePolicyFactory(policies);
        }
        return meters;
    }

    private static void answer(Exchange exchange, Console handler) {
        Message in = exchange.getMessage();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("Cookie", "Authorization", "X-File-Name", "X-CSRF-Token", "Content-Type")) {
            String value = in.getHeader(name, String.class);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String method = in.getHeader(Exchange.HTTP_METHOD, "GET", String.class);
        String path = in.getHeader(Exchange.HTTP_PATH, "/", String.class);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        Object raw = "POST".equalsIgnoreCase(method) ? in.getBody() : null;
        byte[] body = raw == null || raw instanceof Map ? new byte[0] : in.getBody(byte[].class);
        Map<String, String> form = new LinkedHashMap<>();
        String contentType = headers.getOrDefault("Content-Type", "");
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            if (raw instanceof Map<?, ?> fields) {
                fields.forEach((k, v) -> form.put(String.valueOf(k), first(v)));
            } else if (body != null && body.length > 0) {
                form.putAll(HttpRequest.parseForm(new String(body, StandardCharsets.UTF_8)));
            } else {
                // The Vert.x consumer hands form fields over as message headers.
                for (String field : FORM_FIELDS) {
                    Object value = in.getHeader(field);
                    if (value != null) {
                        form.put(field, first(value));
                    }
                }
            }
        }
        HttpRequest request = new HttpRequest(method, path,
                HttpRequest.parseForm(in.getHeader(Exchange.HTTP_RAW_QUERY, "", String.class)), form, headers, body);
        HttpResponse response = handler.handle(request);
        in.removeHeaders("*");
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        in.setHeader(Exchange.CONTENT_TYPE, response.contentType());
        response.headers().forEach(in::setHeader);
        in.setBody(response.body());
    }

    private static String first(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? "" : String.valueOf(list.get(0))) : String.valueOf(value);
    }

    /** Camel's health checks (routes, consumers: the inbox and every mailbox; the index database) as JSON. */
    private static HttpResponse health(CamelContext context) {
        List<Map<String, Object>> checks = new ArrayList<>();
        boolean up = true;
        List<HealthCheck.Result> results = new ArrayList<>(HealthCheckHelper.invoke(context));
        results.sort(Comparator.comparing(r -> r.getCheck().getId()));
        for (HealthCheck.Result result : results) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("id", result.getCheck().getId());
            check.put("group", result.getCheck().getGroup());
            check.put("state", result.getState().name());
            result.getMessage().ifPresent(m -> check.put("message", m));
            checks.add(check);
            up &= result.getState() != HealthCheck.State.DOWN;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        try {
            return new HttpResponse(up ? 200 : 503, "application/json; charset=utf-8", Map.of("Cache-Control", "no-store"),
                    Json.mapper().writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void registerIndexHealth(CamelContext context, ArchiveIndex index) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            LOG.warn("no health check registry: /health lists no index check");
            return;
        }
        registry.register(new AbstractHealthCheck("nianbao", "index-database") {
            @Override
            protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
                try {
                    builder.detail("reports", index.size()).up();
                } catch (org.nianbao.index.IndexException e) {
                    builder.message(e.getMessage()).error(e).down();
                }
            }
        });
    }

    private static double countFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            LOG.warn("cannot count the files in {}: {}", folder, e.toString());
            return Double.NaN;
        }
    }

    private static double summariesWaiting(ArchiveIndex index) {
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(36_500));
        try {
            return index.dueSince(later, later).size();
        } catch (org.nianbao.index.IndexException e) {
            LOG.warn("cannot count the summaries waiting: {}", e.getMessage());
            return Double.NaN;
        }
    }

    private static double indexSize(ArchiveIndex index) {
        try {
            return index.size();
        } catch (org.nianbao.index.IndexException e) {
            LOG.warn("cannot count the indexed reports: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
