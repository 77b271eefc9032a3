package org.nianbao.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.AppConfiguration;
import org.nianbao.ConsoleSettings;
import org.nianbao.RunningService;
import org.nianbao.Settings;
import org.nianbao.SummarySettings;
import org.nianbao.index.TruthFiles;
import org.nianbao.model.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (headless Chromium through Debian's chromedriver) against the running
 * service, fed the corpus's 临沂市 2020 documents through its inbox. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** The corpus's documents for 临沂市 (371300) in 2020 (MANIFEST.tsv). */
    private static final List<String> LINYI_2020 = List.of("html/syn-001-371300-2020.html", "html/syn-003-371300-2020.html",
            "html/syn-005-371300-2020.html", "docx/syn-002-371300-2020.docx", "pdf/syn-004-371300-2020.pdf", "html/seed-000.html");
    private static final String PDF = "pdf/syn-004-371300-2020.pdf";
    private static final String UPHELD = "reviewLitigation.review.upheld";
    private static final String HOSTILE_NAME = "<img src=x onerror=window.pwned=1>民政局.html";
    private static final String PASSWORD = "browser-pass-1";

    @TempDir
    static Path base;
    private RunningService service;
    private WebDriver driver;
    private String root;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        String missing = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)";
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.isExecutable(CHROMEDRIVER), missing + ": .ci/run installs them");
        }
        assumeTrue(Files.isExecutable(CHROMEDRIVER), missing);
        Files.createDirectories(base.resolve("rosters"));
        Files.copy(TruthFiles.FIXTURES.resolve("roster.json"), base.resolve("rosters/roster.json"));
        UserFile users = new UserFile(base.resolve("data/console-users.txt"));
        users.put("ed", Role.EDITOR, PASSWORD.toCharArray());
        users.put("vi", Role.VIEWER, PASSWORD.toCharArray());
        int port = RunningService.freePort();
        Properties settings = new Properties();
        settings.setProperty(ConsoleSettings.PORT, Integer.toString(port));
        settings.setProperty(Settings.HOME_REGION, "371300");
        settings.setProperty(ConsoleSettings.HOME_YEAR, "2020");
        settings.setProperty(SummarySettings.QUIET_SECONDS, "1");
        settings.setProperty("nianbao.summary.check-ms", "300");
        service = RunningService.start(base, new AppConfiguration(), settings);
        root = "http://127.0.0.1:" + port;
        for (String file : LINYI_2020) {
            service.drop(TruthFiles.FIXTURES.resolve(file.replace("/", "/sources/")), Path.of(file).getFileName().toString());
        }
        Path summary = base.resolve("outbox/371300-临沂市/2020/summary.json");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!(service.inboxIsEmpty() && Files.isRegularFile(summary)
                && Json.mapper().readTree(summary.toFile()).path("included").size() == 5)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the corpus was not summarized in time");
            }
            Thread.sleep(200);
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    private void shot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private void login(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(root + "/");
        assertTrue(driver.getCurrentUrl().startsWith(root + "/login"), () -> "a page without a session leads to the login, not "
                + driver.getCurrentUrl() + ": " + driver.getPageSource());
        driver.findElement(By.id("user")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement login = driver.findElement(By.id("login"));
        clickAndWaitForTheNextPage(login);
    }

    /** Clicks an element that leads to another page and waits until that page has loaded. */
    private void clickAndWaitForTheNextPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__leaving = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.__leaving === undefined && document.readyState === 'complete';")));
    }

    private String cookie() {
        return "nianbao_session=" + driver.manage().getCookieNamed("nianbao_session").getValue();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private WebElement agencyRow(String agency) {
        return driver.findElements(By.cssSelector("tr.agency-row")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith(agency)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void loginIsRequiredAndAWrongPasswordIsRefused() throws IOException {
        login("ed", "wrong password");
        assertTrue(text("login-error").contains("用户名或密码不正确"), () -> driver.getPageSource());
        shot("login");
        login("ed", PASSWORD);
        assertEquals(root + "/", driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("header")).getText().contains("ed（编辑）"));
    }

    @Test
    @Order(2)
    void theOverviewShowsEveryRosterAgencyOfTheRegionYear() throws Exception {
        driver.get(root + "/");
        JsonNode roster = Json.mapper().readTree(TruthFiles.FIXTURES.resolve("roster.json").toFile());
        JsonNode linyi = null;
        for (JsonNode region : roster.path("regions")) {
            if (region.path("code").asText().equals("371300")) {
                linyi = region;
            }
        }
        List<String> agencies = new java.util.ArrayList<>();
        linyi.path("agencies").forEach(a -> agencies.add(a.asText()));
        List<String> sent = new java.util.ArrayList<>();
        for (String file : LINYI_2020) {
            sent.add(TruthFiles.named(file).agency());
        }
        long received = agencies.stream().filter(sent::contains).count();
        assertEquals(agencies.size() + "\n名单内机关", text("count-roster"));
        assertEquals(received + 1 + "\n已收到", text("count-received"), "the roster's and one agency not on it");
        assertEquals(agencies.size() - received + "\n未收到", text("count-missing"));
        assertEquals("1\n校验未通过", text("count-failing"), "MANIFEST: syn-004 partial:check-failed:R4");
        assertEquals("1\n不计入汇总", text("count-excluded"), "MANIFEST: seed-000 has no tables");
        for (String agency : agencies) {
            assertEquals(sent.contains(agency) ? (agency.equals(TruthFiles.named(PDF).agency()) ? "校验未通过" : "已收到") : "未收到",
                    agencyRow(agency).findElements(By.tagName("td")).get(1).getText(), agency);
        }
        assertEquals(received + 1, driver.findElements(By.cssSelector("#chart-agencies rect")).size(), "one bar per received report");
        assertEquals(4, driver.findElements(By.cssSelector("#summary-files a")).size(), "DOCX, PDF, CSV and JSON");
        shot("overview");
        new Select(driver.findElement(By.id("year"))).selectByVisibleText("2020");
        driver.findElement(By.id("q")).sendKeys("卫生");
        WebElement go = driver.findElement(By.id("go"));
        clickAndWaitForTheNextPage(go);
        assertEquals(1, driver.findElements(By.cssSelector("tr.agency-row")).size());
        assertTrue(agencyRow("临沂市卫生健康委员会").isDisplayed());
    }

    @Test
    @Order(3)
    void theReportPageMarksTheFailingCellsBesideTheRenderedOriginal() throws Exception {
        openPdfReport();
        List<WebElement> failing = driver.findElements(By.cssSelector("#table-reviewLitigation td.fail"));
        assertEquals(List.of("reviewLitigation.review.upheld", "reviewLitigation.review.corrected", "reviewLitigation.review.other",
                "reviewLitigation.review.pending", "reviewLitigation.review.total"),
                failing.stream().map(td -> td.getAttribute("data-path")).toList());
        assertEquals(truth(PDF, UPHELD).toPlainString(), failing.get(0).getText());
        assertTrue(text("checks").contains("表四 行政复议：总计"), text("checks"));
        List<WebElement> pages = driver.findElements(By.cssSelector("#original img"));
        assertFalse(pages.isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return Array.from(document.querySelectorAll('#original img')).every(i => i.complete && i.naturalWidth > 0);"));
        shot("report");
    }

    private void openPdfReport() throws IOException {
        driver.get(root + "/");
        WebElement link = agencyRow(TruthFiles.named(PDF).agency()).findElement(By.tagName("a"));
        clickAndWaitForTheNextPage(link);
        assertTrue(driver.getCurrentUrl().contains("/report?id=" + TruthFiles.named(PDF).id()));
    }

    @Test
    @Order(4)
    void aDismissedCheckNoLongerCountsAsFailing() throws Exception {
        openPdfReport();
        WebElement check = driver.findElement(By.cssSelector("li.check[data-check='R4@reviewLitigation.review']"));
        WebElement form = check.findElements(By.cssSelector("form.check-form")).get(1);
        form.findElement(By.name("reason")).sendKeys("复议案件中1件已撤回，报送机关已说明");
        clickAndWaitForTheNextPage(form.findElement(By.cssSelector("button.dismiss-check")));
        assertTrue(driver.findElement(By.cssSelector("li.check")).getText().contains("已驳回"));
        assertTrue(text("trail").contains("驳回校验"));
        driver.get(root + "/");
        assertEquals("0\n校验未通过", text("count-failing"));
        assertEquals("已收到", agencyRow(TruthFiles.named(PDF).agency()).findElements(By.tagName("td")).get(1).getText());
        JsonNode summary = Json.mapper().readTree(download("summary.json"));
        for (JsonNode failed : summary.path("failedChecks")) {
            assertFalse(failed.path("id").asText().equals(TruthFiles.named(PDF).id()), "dismissed check listed in summary.json");
        }
    }

    @Test
    @Order(5)
    void aCorrectedCellChangesTheSumInTheDownloadedCsv() throws Exception {
        BigDecimal truthSum = BigDecimal.ZERO;
        for (String file : LINYI_2020) {
            if (!file.equals("html/seed-000.html")) {
                truthSum = truthSum.add(truth(file, UPHELD));
            }
        }
        assertEquals(truthSum.toPlainString(), csvTotal(UPHELD), "before: the corpus's sum");
        openPdfReport();
        new Select(driver.findElement(By.id("cell-target"))).selectByVisibleText(UPHELD);
        String corrected = truth(PDF, UPHELD).add(BigDecimal.ONE).toPlainString();
        driver.findElement(By.id("cell-value")).sendKeys(corrected);
        driver.findElement(By.id("cell-reason")).sendKeys("原件第2页维持数为" + corrected);
        WebElement submit = driver.findElement(By.id("cell-submit"));
        clickAndWaitForTheNextPage(submit);
        WebElement cell = driver.findElement(By.cssSelector("td[data-path='" + UPHELD + "']"));
        assertEquals(corrected, cell.getText());
        assertTrue(cell.getAttribute("class").contains("corrected"));
        assertTrue(text("trail").contains("更正单元格"));
        shot("report-corrected");
        assertEquals(truthSum.add(BigDecimal.ONE).toPlainString(), csvTotal(UPHELD), "after: the correction is in the sum");
        assertTrue(download("summary.json").contains("CORRECTED"));
    }

    @Test
    @Order(6)
    void severalFilesUploadedAtOnceShowTheirOutcomeEach() throws Exception {
        Path dir = Files.createDirectories(base.resolve("to-upload"));
        String page = Files.readString(TruthFiles.FIXTURES.resolve("html/sources/syn-032-371300-2023.html"), StandardCharsets.UTF_8);
        String hostile = page.replace("</body>", "<p>附注：&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;b&gt;加粗&lt;/b&gt;</p></body>");
        Path hostileFile = dir.resolve(HOSTILE_NAME);
        Files.writeString(hostileFile, hostile, StandardCharsets.UTF_8);
        Path broken = dir.resolve("损坏.docx");
        Files.copy(TruthFiles.FIXTURES.resolve("bad/sources/random-bytes.docx"), broken);
        Path duplicate = dir.resolve("again.pdf");
        Files.copy(TruthFiles.FIXTURES.resolve("pdf/sources/syn-004-371300-2020.pdf"), duplicate);
        driver.get(root + "/upload");
        driver.findElement(By.id("files")).sendKeys(hostileFile + "\n" + broken + "\n" + duplicate);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#results li.result")).size() == 3);
        shot("upload");
        List<WebElement> results = driver.findElements(By.cssSelector("#results li.result"));
        assertEquals(1, count(results, "archived", HOSTILE_NAME));
        assertEquals(1, count(results, "failed", "损坏.docx"));
        assertEquals(1, count(results, "duplicate", "again.pdf"));
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.pwned === 1;")));
        driver.get(root + "/failed");
        assertTrue(driver.findElements(By.cssSelector("tr.failed-row")).stream().anyMatch(r -> r.getText().contains("损坏.docx")));
    }

    private static long count(List<WebElement> results, String outcome, String name) {
        return results.stream().filter(r -> r.getAttribute("class").contains(outcome) && r.getText().startsWith(name)).count();
    }

    @Test
    @Order(7)
    void aHostileNameAndReportTextAreShownAsText() throws IOException {
        driver.get(root + "/upload");
        driver.get(root + "/?region=371300&year=2023");
        WebElement link = agencyRow("临沂市民政局").findElement(By.tagName("a"));
        clickAndWaitForTheNextPage(link);
        assertTrue(driver.findElement(By.id("metadata")).getText().contains(HOSTILE_NAME));
        assertTrue(text("original-text").contains("<script>window.pwned=1</script><b>加粗</b>"));
        assertTrue(driver.findElements(By.cssSelector("#original img, #original b, main img[src=x]")).isEmpty());
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.pwned === 1;")));
        shot("report-hostile");
    }

    @Test
    @Order(8)
    void healthIsOpenMetricsAreNot() throws Exception {
        var health = http.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "/health")).build(), BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        JsonNode checks = Json.mapper().readTree(health.body()).path("checks");
        List<String> ids = new java.util.ArrayList<>();
        checks.forEach(c -> ids.add(c.path("id").asText()));
        assertTrue(ids.containsAll(List.of("index-database", "consumer:ingest-inbox", "route:ingest-inbox")), ids.toString());
        var anonymous = http.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "/metrics")).build(), BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        var metrics = http.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "/metrics")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("vi:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("nianbao_documents_converted_total{format=\"html\"}"), metrics.body());
        assertTrue(metrics.body().contains("nianbao_documents_failed_total{code=\"corrupt-docx\",format=\"docx\"} 1.0"), metrics.body());
        assertTrue(metrics.body().contains("nianbao_conversion_seconds_count{format=\"pdf\"}"));
        assertTrue(metrics.body().contains("nianbao_inbox_files 0.0"));
        assertTrue(metrics.body().contains("nianbao_summaries_waiting "), "queue of summaries to rebuild");
        var original = http.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "/report/original?id=" + TruthFiles.named(PDF).id()))
                .build(), BodyHandlers.ofByteArray());
        assertEquals(303, original.statusCode(), "no original without a login");
    }

    @Test
    @Order(9)
    void aViewerReadsButCannotChange() throws IOException {
        login("vi", PASSWORD);
        openPdfReport();
        assertTrue(driver.findElements(By.id("correct-cell")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("form.undo-form")).isEmpty());
        driver.get(root + "/upload");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("无权操作"));
    }

    private BigDecimal truth(String file, String path) throws IOException {
        JsonNode node = TruthFiles.named(file).tree().path("tables");
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.decimalValue();
    }

    private String download(String file) throws Exception {
        var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(root + "/download?region=371300&year=2020&file=" + file))
                .header("Cookie", cookie()).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return response.body();
    }

    private String csvTotal(String path) throws Exception {
        List<String> lines = Arrays.asList(download("summary.csv").replace("\uFEFF", "").split("\r\n"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf(path);
        return lines.stream().filter(l -> l.startsWith("合计,")).findFirst().orElseThrow().split(",", -1)[column];
    }
}
