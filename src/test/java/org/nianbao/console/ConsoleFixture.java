package org.nianbao.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.ReportArchive;
import org.nianbao.correction.Corrections;
import org.nianbao.index.ArchiveIndex;
import org.nianbao.index.IndexSettings;
import org.nianbao.index.TruthFiles;
import org.nianbao.index.TruthFiles.Truth;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.region.RegionCatalog;
import org.nianbao.summary.RegionalSummaries;
import org.nianbao.summary.SummaryOutbox;

/**
 * A console without a server or Camel: an archive and an H2 index under a temporary folder filled with
 * corpus reports (their truth JSON as the conversion, their source bytes as the original), the roster of
 * the corpus, and two users: {@code ed} (editor) and {@code vi} (viewer), password {@value #PASSWORD}.
 */
final class ConsoleFixture {

    static final String PASSWORD = "correct horse 1";

    final Path base;
    final ReportArchive archive;
    final ArchiveIndex index;
    final RegionalSummaries summaries;
    final Corrections corrections;
    final Console console;
    final UserFile users;

    ConsoleFixture(Path base) throws Exception {
        this.base = base;
        Files.createDirectories(base.resolve("rosters"));
        Files.copy(TruthFiles.FIXTURES.resolve("roster.json"), base.resolve("rosters/roster.json"));
        archive = ReportArchive.open(base.resolve("archive"));
        index = ArchiveIndex.open(new IndexSettings("jdbc:h2:file:" + base.resolve("data/index").toAbsolutePath(), "sa", ""));
        summaries = new RegionalSummaries(index, base.resolve("rosters"), new SummaryOutbox(base.resolve("outbox")),
                Duration.ofSeconds(1), Duration.ofSeconds(10), Clock.systemUTC());
        corrections = new Corrections(index, RegionCatalog.standard(), Clock.systemUTC());
        summaries.useInputs(corrections);
        users = new UserFile(base.resolve("data/console-users.txt"));
        users.put("ed", Role.EDITOR, PASSWORD.toCharArray());
        users.put("vi", Role.VIEWER, PASSWORD.toCharArray());
        Files.createDirectories(base.resolve("failed"));
        ConsoleContext ctx = new ConsoleContext(index, summaries, corrections, null, users,
                new Sessions(Duration.ofHours(1), Clock.systemUTC()), base.resolve("failed"), Optional.of("371300"),
                Optional.of(2020), ZoneId.of("Asia/Shanghai"),
                () -> HttpResponse.text(200, "application/json", "{\"status\":\"UP\"}"), () -> "metric 1\n", Clock.systemUTC());
        console = new Console(ctx);
    }

    /** Archives and indexes one corpus report ({@code pdf/syn-004-371300-2020.pdf}) as received now. */
    ArchiveEntry add(String corpusFile) throws Exception {
        Truth truth = TruthFiles.named(corpusFile);
        byte[] bytes = Files.readAllBytes(TruthFiles.FIXTURES.resolve(corpusFile.replace("/", "/sources/")));
        SourceDocument source = SourceDocument.of(bytes, Path.of(corpusFile).getFileName().toString(), "folder", Instant.now());
        ArchiveEntry entry = archive.store(truth.report(), source);
        index.index(truth.report(), entry.directory());
        return entry;
    }

    /**
     * Archives and indexes a corpus report as if sent under {@code fileName} by {@code agency} with other
     * bytes (a new id): a hostile name, or a newer version of the same agency's report.
     */
    ArchiveEntry addAs(String corpusFile, String fileName, String agency, String receivedAt) throws Exception {
        Truth truth = TruthFiles.named(corpusFile);
        byte[] bytes = Files.readAllBytes(TruthFiles.FIXTURES.resolve(corpusFile.replace("/", "/sources/")));
        byte[] changed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        changed[bytes.length] = '\n';
        SourceDocument source = SourceDocument.of(changed, fileName, "http", Instant.parse(receivedAt));
        com.fasterxml.jackson.databind.node.ObjectNode tree = truth.tree().deepCopy();
        tree.put("id", source.sha256());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("source")).put("sha256", source.sha256())
                .put("fileName", fileName).put("channel", "http").put("receivedAt", receivedAt);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("source")).putObject("mail")
                .put("messageId", "<1@example>").put("from", "\"<i>x</i>\" <a@example.com>")
                .put("subject", "<b onmouseover=alert(2)>年报</b>").put("sentAt", receivedAt);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("report")).put("agency", agency);
        var report = org.nianbao.model.Json.mapper().treeToValue(tree, org.nianbao.model.AnnualReport.class);
        ArchiveEntry entry = archive.store(report, source);
        index.index(report, entry.directory());
        return entry;
    }

    /**
     * Archives and indexes a corpus report whose canonical JSON {@code change} alters, received now as
     * {@code fileName} with other bytes (a new id).
     */
    ArchiveEntry addChanged(String corpusFile, String fileName,
                            java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) throws Exception {
        Truth truth = TruthFiles.named(corpusFile);
        byte[] bytes = Files.readAllBytes(TruthFiles.FIXTURES.resolve(corpusFile.replace("/", "/sources/")));
        byte[] tail = ("\n" + fileName + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] changed = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, changed, bytes.length, tail.length);
        SourceDocument source = SourceDocument.of(changed, fileName, "folder", Instant.now());
        com.fasterxml.jackson.databind.node.ObjectNode tree = truth.tree().deepCopy();
        tree.put("id", source.sha256());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("source")).put("sha256", source.sha256())
                .put("fileName", fileName);
        change.accept(tree);
        var report = org.nianbao.model.Json.mapper().treeToValue(tree, org.nianbao.model.AnnualReport.class);
        ArchiveEntry entry = archive.store(report, source);
        index.index(report, entry.directory());
        return entry;
    }

    /** A logged-in session: its cookie header and CSRF token, obtained through the login form. */
    record Login(String cookie, String csrf) {
    }

    Login login(String user) {
        HttpResponse form = console.handle(get("/login", Map.of(), null));
        String loginCookie = form.headers().get("Set-Cookie").split(";")[0];
        String token = loginCookie.substring(loginCookie.indexOf('=') + 1);
        HttpResponse done = console.handle(post("/login", Map.of("csrf", token, "user", user, "password", PASSWORD, "next", "/"),
                loginCookie));
        if (done.status() != 303) {
            throw new IllegalStateException("login of " + user + " failed: " + done.status());
        }
        String session = done.headers().get("Set-Cookie").split(";")[0];
        HttpResponse page = console.handle(get("/failed", Map.of(), session));
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.text());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return new Login(session, m.group(1));
    }

    static HttpRequest get(String path, Map<String, String> query, String cookie) {
        return new HttpRequest("GET", path, query, Map.of(), cookie == null ? Map.of() : Map.of("Cookie", cookie), new byte[0]);
    }

    static HttpRequest post(String path, Map<String, String> form, String cookie) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return new HttpRequest("POST", path, Map.of(), form, headers, new byte[0]);
    }

    String csv(String region, int year) throws IOException {
        try (var folders = Files.list(base.resolve("outbox"))) {
            Path folder = folders.filter(p -> p.getFileName().toString().startsWith(region)).findFirst().orElseThrow();
            return Files.readString(folder.resolve(Integer.toString(year)).resolve(SummaryOutbox.CSV), StandardCharsets.UTF_8);
        }
    }
}
