package org.nianbao.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.correction.CorrectionLog;

/** Who may see and change what, through the console's request handler alone (no server). */
class ConsoleAccessTest {

    private static final String PDF = "pdf/syn-004-371300-2020.pdf";

    @TempDir
    Path base;
    private ConsoleFixture f;
    private ArchiveEntry pdf;

    @BeforeEach
    void start() throws Exception {
        f = new ConsoleFixture(base);
        pdf = f.add(PDF);
    }

    @Test
    void onlyHealthAndTheLoginFormAreServedWithoutASession() {
        assertEquals(200, f.console.handle(ConsoleFixture.get("/health", Map.of(), null)).status());
        assertEquals(200, f.console.handle(ConsoleFixture.get("/login", Map.of(), null)).status());
        for (String path : new String[] {"/", "/report", "/report/original", "/report/page.png", "/failed", "/upload", "/download", "/nothing"}) {
            HttpResponse r = f.console.handle(ConsoleFixture.get(path, Map.of("id", pdf.sha256(), "page", "1"), null));
            assertEquals(303, r.status(), path);
            assertTrue(r.headers().get("Location").startsWith("/login?next="), path);
            assertEquals(0, r.body().length, path);
        }
        assertEquals(401, f.console.handle(ConsoleFixture.get("/metrics", Map.of(), null)).status());
        assertEquals(401, f.console.handle(ConsoleFixture.post("/report/correct", Map.of("id", pdf.sha256()), null)).status());
        assertEquals(401, f.console.handle(ConsoleFixture.get("/metrics", Map.of(),
                "nianbao_session=forged-session-id")).status());
    }

    @Test
    void metricsAcceptBasicAuthenticationOfAConsoleUser() {
        String good = "Basic " + Base64.getEncoder().encodeToString(("vi:" + ConsoleFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("vi:wrong".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, f.console.handle(new HttpRequest("GET", "/metrics", Map.of(), Map.of(), Map.of("Authorization", good), null)).status());
        assertEquals(401, f.console.handle(new HttpRequest("GET", "/metrics", Map.of(), Map.of(), Map.of("Authorization", bad), null)).status());
    }

    @Test
    void loginSetsARandomHttpOnlyStrictCookieAndRefusesAWrongPassword() {
        HttpResponse form = f.console.handle(ConsoleFixture.get("/login", Map.of(), null));
        String loginCookie = form.headers().get("Set-Cookie").split(";")[0];
        String token = loginCookie.substring(loginCookie.indexOf('=') + 1);
        HttpResponse wrong = f.console.handle(ConsoleFixture.post("/login",
                Map.of("csrf", token, "user", "ed", "password", "nope", "next", "/"), loginCookie));
        assertEquals(401, wrong.status());
        assertTrue(wrong.text().contains("用户名或密码不正确"));
        HttpResponse noToken = f.console.handle(ConsoleFixture.post("/login",
                Map.of("user", "ed", "password", ConsoleFixture.PASSWORD, "next", "/"), null));
        assertEquals(401, noToken.status(), "a login form not issued by the console is refused");
        HttpResponse ok = f.console.handle(ConsoleFixture.post("/login",
                Map.of("csrf", token, "user", "ed", "password", ConsoleFixture.PASSWORD, "next", "//evil.example/"), loginCookie));
        assertEquals(303, ok.status());
        assertEquals("/", ok.headers().get("Location"), "no redirect off the site");
        String cookie = ok.headers().get("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertTrue(id.length() >= 43, "256 random bits");
        assertNotEquals(id, f.login("ed").cookie().substring("nianbao_session=".length()));
    }

    @Test
    void changesNeedTheCsrfTokenAndTheEditorRole() throws Exception {
        ConsoleFixture.Login editor = f.login("ed");
        ConsoleFixture.Login viewer = f.login("vi");
        Map<String, String> exclude = Map.of("id", pdf.sha256(), "kind", "exclude", "reason", "测试");
        assertEquals(403, f.console.handle(ConsoleFixture.post("/report/correct", exclude, editor.cookie())).status());
        Map<String, String> withViewerToken = new java.util.HashMap<>(exclude);
        withViewerToken.put("csrf", viewer.csrf());
        assertEquals(403, f.console.handle(ConsoleFixture.post("/report/correct", withViewerToken, viewer.cookie())).status());
        assertEquals(403, f.console.handle(ConsoleFixture.post("/report/correct", withViewerToken, editor.cookie())).status(),
                "another session's token");
        assertFalse(Files.exists(pdf.directory().resolve(CorrectionLog.FILE)));
        Map<String, String> withToken = new java.util.HashMap<>(exclude);
        withToken.put("csrf", editor.csrf());
        assertEquals(303, f.console.handle(ConsoleFixture.post("/report/correct", withToken, editor.cookie())).status());
        assertEquals(1, CorrectionLog.read(pdf.directory()).size());
        assertFalse(f.console.handle(ConsoleFixture.get("/report", Map.of("id", pdf.sha256()), viewer.cookie())).text()
                .contains("id=\"correct-cell\""), "a viewer gets no correction forms");
    }

    @Test
    void senderControlledTextIsEscapedEverywhere() throws Exception {
        String name = "<script>alert('名')</script>\".pdf";
        String agency = "临沂市<img src=x onerror=alert(1)>局";
        ArchiveEntry hostile = f.addAs(PDF, name, agency, "2021-03-01T08:00:00Z");
        ConsoleFixture.Login editor = f.login("ed");
        String report = f.console.handle(ConsoleFixture.get("/report", Map.of("id", hostile.sha256()), editor.cookie())).text();
        assertFalse(report.contains("<script>alert"), "file name as markup");
        assertFalse(report.contains("<img src=x"), "agency as markup");
        assertTrue(report.contains("&lt;script&gt;alert(&#39;名&#39;)&lt;/script&gt;&quot;.pdf"));
        assertTrue(report.contains("临沂市&lt;img src=x onerror=alert(1)&gt;局"));
        assertTrue(report.contains("&lt;b onmouseover=alert(2)&gt;年报&lt;/b&gt;"), "the mail subject");
        String overview = f.console.handle(ConsoleFixture.get("/", Map.of(), editor.cookie())).text();
        assertFalse(overview.contains("<img src=x"));
        assertTrue(overview.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void aNewerVersionShowsTheCorrectionsThatNoLongerApply() throws Exception {
        ConsoleFixture.Login editor = f.login("ed");
        f.console.handle(ConsoleFixture.post("/report/correct", Map.of("csrf", editor.csrf(), "id", pdf.sha256(), "kind", "cell",
                "target", "reviewLitigation.review.upheld", "value", "2", "reason", "旧版本上的更正"), editor.cookie()));
        String agency = org.nianbao.index.TruthFiles.named(PDF).agency();
        ArchiveEntry newer = f.addAs(PDF, "更正版.pdf", agency, "2030-01-01T00:00:00Z");
        assertEquals(newer.sha256(), f.index.find(pdf.sha256()).orElseThrow().supersededBy());
        String page = f.console.handle(ConsoleFixture.get("/report", Map.of("id", newer.sha256()), editor.cookie())).text();
        assertTrue(page.contains("不再适用的更正") && page.contains("旧版本上的更正"), "the stale correction is listed");
        assertFalse(page.contains("id=\"trail\""), "the newer version has no corrections of its own");
    }

    @Test
    void passwordHashesAreSaltedPbkdf2() {
        String a = PasswordHash.hash("pässword-1".toCharArray());
        String b = PasswordHash.hash("pässword-1".toCharArray());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(PasswordHash.matches("pässword-1".toCharArray(), a));
        assertFalse(PasswordHash.matches("password-1".toCharArray(), a));
        assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$abc$$"));
        assertFalse(PasswordHash.matches("x".toCharArray(), null));
    }
}
