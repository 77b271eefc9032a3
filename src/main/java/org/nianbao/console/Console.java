package org.nianbao.console;

import static org.nianbao.console.Html.url;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.nianbao.index.IndexException;
import org.nianbao.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one entry point: routes a request to its page after the login and CSRF checks. Only
 * {@code /health} and the login form are answered without a session; {@code /metrics} also accepts HTTP
 * Basic authentication with a console user, for a Prometheus scraper. Every POST carries the session's
 * CSRF token (form field {@code csrf} or header {@code X-CSRF-Token}); changes need the editor role.
 */
public final class Console {

    static final String LOGIN_COOKIE = "nianbao_login";
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);

    private final ConsoleContext ctx;
    private final ReportActions reports;
    private final OverviewActions overview;

    public Console(ConsoleContext ctx) {
        this.ctx = ctx;
        this.reports = new ReportActions(ctx);
        this.overview = new OverviewActions(ctx);
    }

    public HttpResponse handle(HttpRequest request) {
        try {
            return route(request);
        } catch (IOException | IndexException | RuntimeException e) {
            LOG.error("console request {} {} failed", request.method(), request.path(), e);
            return HttpResponse.html(500, Layout.page("出错了", null, "<p>服务器处理请求时出错，详情见服务日志。</p>"));
        }
    }

    private HttpResponse route(HttpRequest request) throws IOException, IndexException {
        String path = request.path();
        if (path.equals("/health")) {
            return ctx.health().get();
        }
        if (path.equals("/favicon.ico")) {
            return notFound();
        }
        if (path.equals("/login")) {
            return request.post() ? login(request) : loginForm(request, null);
        }
        Optional<Session> session = request.cookie(Sessions.COOKIE).flatMap(ctx.sessions()::find);
        if (path.equals("/metrics") && (session.isPresent() || basicUser(request))) {
            return HttpResponse.text(200, "text/plain; version=0.0.4; charset=utf-8", ctx.metrics().get());
        }
        if (session.isEmpty()) {
            if (request.post() || path.equals("/metrics")) {
                return HttpResponse.text(401, "text/plain; charset=utf-8", "login required")
                        .withHeader("WWW-Authenticate", "Basic realm=\"nianbao\", charset=\"UTF-8\"");
            }
            return HttpResponse.redirect("/login?next=" + url(path + (request.query().isEmpty() ? "" : "?" + query(request))));
        }
        Session s = session.get();
        if (request.post() && !Sessions.csrfMatches(s, request.form().getOrDefault("csrf",
                request.header("x-csrf-token").orElse(null)))) {
            return HttpResponse.text(403, "text/plain; charset=utf-8", "CSRF token missing or wrong");
        }
        return switch (path) {
            case "/" -> overview.page(s, request);
            case "/download" -> overview.download(request);
            case "/report" -> reports.page(s, request.param("id"), null);
            case "/report.json" -> reports.json(request.param("id"));
            case "/report/original" -> reports.original(request.param("id"));
            case "/report/page.png" -> reports.pageImage(request.param("id"), request.param("page"));
            case "/report/correct" -> editorPost(s, request) ? reports.correct(s, request) : forbidden();
            case "/failed" -> HttpResponse.html(200, FailedPage.render(s, FailedDocuments.list(ctx.failedRoot())));
            case "/upload" -> s.editor() ? HttpResponse.html(200, UploadPage.render(s)) : forbidden();
            case "/upload/file" -> editorPost(s, request) ? upload(request) : forbidden();
            case "/logout" -> request.post() ? logout(s) : notFound();
            default -> notFound();
        };
    }

    private static boolean editorPost(Session s, HttpRequest request) {
        return s.editor() && request.post();
    }

    /**
     * The login form with a token that must come back both as a cookie and as a form field. A browser that
     * already holds a token keeps it, so a second tab (or a stray request) does not invalidate the first form.
     */
    private HttpResponse loginForm(HttpRequest request, String error) {
        String token = request.cookie(LOGIN_COOKIE).filter(t -> t.matches("[A-Za-z0-9_-]{32}")).orElseGet(() -> {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        });
        String page = LoginPage.render(error, request.param("next"), token);
        return HttpResponse.html(error == null ? 200 : 401, page)
                .withHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict");
    }

    private HttpResponse login(HttpRequest request) throws IOException {
        String expected = request.cookie(LOGIN_COOKIE).orElse("");
        String sent = request.form().getOrDefault("csrf", "");
        if (expected.isEmpty() || !java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            return loginForm(request, "登录表单已过期，请重新登录");
        }
        String name = request.form().getOrDefault("user", "");
        char[] password = request.form().getOrDefault("password", "").toCharArray();
        Optional<User> user = User.validName(name) ? ctx.users().find(name) : Optional.empty();
        if (user.isEmpty() || !PasswordHash.matches(password, user.get().passwordHash())) {
            LOG.info("console login refused for a user name of {} characters", name.length());
            return loginForm(request, "用户名或密码不正确");
        }
        Session session = ctx.sessions().open(user.get());
        LOG.info("console login: {} ({})", session.user(), session.role().key());
        String next = request.param("next");
        String target = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
        return HttpResponse.redirect(target).withHeader("Set-Cookie", Sessions.COOKIE + "=" + session.id()
                + "; Path=/; HttpOnly; SameSite=Strict");
    }

    private HttpResponse logout(Session s) {
        ctx.sessions().close(s.id());
        return HttpResponse.redirect("/login").withHeader("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private boolean basicUser(HttpRequest request) throws IOException {
        String header = request.header("authorization").orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !User.validName(decoded.substring(0, colon))) {
            return false;
        }
        Optional<User> user = ctx.users().find(decoded.substring(0, colon));
        return user.isPresent() && PasswordHash.matches(decoded.substring(colon + 1).toCharArray(), user.get().passwordHash());
    }

    private HttpResponse upload(HttpRequest request) throws IOException, IndexException {
        String name = HttpRequest.decode(request.header("x-file-name").orElse("upload"));
        UploadIngest.Result result = ctx.upload().upload(request.body(), name);
        LOG.info("upload of {} bytes: {}", request.body().length, result.outcome());
        return HttpResponse.bytes("application/json; charset=utf-8", Json.mapper().writeValueAsBytes(result), Map.of());
    }

    private static String query(HttpRequest request) {
        StringBuilder q = new StringBuilder();
        request.query().forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(url(k)).append('=').append(url(v)));
        return q.toString();
    }

    static HttpResponse forbidden() {
        return HttpResponse.html(403, Layout.page("无权操作", null, "<p>此操作需要编辑权限。<a href=\"/\">返回</a></p>"));
    }

    static HttpResponse notFound() {
        return HttpResponse.html(404, Layout.page("没有这个页面", null, "<p><a href=\"/\">返回概览</a></p>"));
    }
}
