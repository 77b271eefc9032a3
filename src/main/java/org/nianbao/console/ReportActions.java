package org.nianbao.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.archive.SafeFileName;
import org.nianbao.correction.Correction;
import org.nianbao.correction.CorrectionException;
import org.nianbao.correction.CurrentCrossChecks;
import org.nianbao.correction.EffectiveReport;
import org.nianbao.index.IndexException;
import org.nianbao.index.IndexedReport;
import org.nianbao.index.RegionYear;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Check;
import org.nianbao.model.Json;

/** The report page, its JSON, its original (download and rendered pages) and the corrections made from it. */
final class ReportActions {

    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword", "html", "application/octet-stream");

    private final ConsoleContext ctx;

    ReportActions(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    HttpResponse page(Session session, String id, String message) throws IOException, IndexException {
        Optional<IndexedReport> found = find(id);
        if (found.isEmpty()) {
            return Console.notFound();
        }
        EffectiveReport e = ctx.corrections().effective(found.get());
        Optional<Path> original = Originals.find(found.get().archivePath());
        ReportPage.Original shown = new ReportPage.Original("", 0, null);
        if (original.isPresent()) {
            String ext = Originals.extension(original.get());
            if (ext.equals("pdf")) {
                shown = new ReportPage.Original(ext, Math.min(Originals.pageCount(original.get()), Originals.MAX_PAGES), null);
            } else if (ext.equals("html")) {
                shown = new ReportPage.Original(ext, 0, Originals.htmlText(original.get()));
            } else {
                shown = new ReportPage.Original(ext, 0, sectionsText(e));
            }
        }
        List<Check> cross = new CurrentCrossChecks(ctx.index(), ctx.corrections()).of(e);
        String page = ReportPage.render(session, e, cross, shown, olderVersions(found.get()), message, ctx.zone());
        return HttpResponse.html(message == null ? 200 : 400, page);
    }

    /**
     * The report as the console shows it, as canonical JSON: corrections applied, and its {@code checks}
     * followed by the checks across years and levels computed now. The archived report.json is not changed.
     */
    HttpResponse json(String id) throws IOException, IndexException {
        Optional<IndexedReport> found = find(id);
        if (found.isEmpty()) {
            return Console.notFound();
        }
        EffectiveReport e = ctx.corrections().effective(found.get());
        AnnualReport r = e.report();
        List<Check> checks = new ArrayList<>(r.checks() == null ? List.of() : r.checks());
        checks.addAll(new CurrentCrossChecks(ctx.index(), ctx.corrections()).of(e));
        AnnualReport shown = new AnnualReport(r.schemaVersion(), r.id(), r.status(), r.source(), r.report(), r.sections(),
                r.tables(), r.blankCells(), checks, r.warnings());
        return HttpResponse.bytes("application/json; charset=utf-8", Json.mapper().writeValueAsBytes(shown), Map.of());
    }

    private static String sectionsText(EffectiveReport e) {
        if (e.report().sections() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("（转换所得文字）\n");
        e.report().sections().forEach(s -> text.append(s.heading() == null ? "" : s.heading() + "\n")
                .append(s.text() == null ? "" : s.text() + "\n"));
        return text.toString();
    }

    /** Older versions of the same agency's report for the same region and year, with the corrections made on them. */
    private List<ReportPage.OlderVersion> olderVersions(IndexedReport report) throws IndexException, IOException {
        List<ReportPage.OlderVersion> older = new ArrayList<>();
        if (report.regionCode() == null || report.year() == null) {
            return older;
        }
        for (IndexedReport v : ctx.index().regionYear(new RegionYear(report.regionCode(), report.year()))) {
            if (report.id().equals(v.supersededBy())) {
                older.add(new ReportPage.OlderVersion(v, ctx.corrections().effective(v).active()));
            }
        }
        return older;
    }

    HttpResponse original(String id) throws IOException, IndexException {
        Optional<IndexedReport> found = find(id);
        Optional<Path> original = found.isEmpty() ? Optional.empty() : Originals.find(found.get().archivePath());
        if (original.isEmpty()) {
            return Console.notFound();
        }
        String ext = Originals.extension(original.get()).toLowerCase(Locale.ROOT);
        String name = SafeFileName.of(found.get().fileName() == null ? "original." + ext : found.get().fileName());
        String ascii = "original." + ext;
        return HttpResponse.bytes(TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(original.get()),
                Map.of("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Html.url(name).replace("+", "%20")));
    }

    HttpResponse pageImage(String id, String page) throws IOException, IndexException {
        Optional<IndexedReport> found = find(id);
        Optional<Path> original = found.isEmpty() ? Optional.empty() : Originals.find(found.get().archivePath());
        if (original.isEmpty() || !Originals.extension(original.get()).equals("pdf") || !page.matches("\\d{1,3}")) {
            return Console.notFound();
        }
        try {
            byte[] png = Originals.pagePng(original.get(), Integer.parseInt(page));
            return HttpResponse.bytes("image/png", png, Map.of());
        } catch (IllegalArgumentException e) {
            return Console.notFound();
        }
    }

    HttpResponse correct(Session session, HttpRequest request) throws IOException, IndexException {
        String id = request.param("id");
        Optional<IndexedReport> found = find(id);
        if (found.isEmpty()) {
            return Console.notFound();
        }
        Optional<Correction.Kind> kind = kind(request.param("kind"));
        if (kind.isEmpty()) {
            return page(session, id, "未知的更正类型");
        }
        Set<RegionYear> affected = new HashSet<>();
        EffectiveReport before = ctx.corrections().effective(found.get());
        regionYear(before.indexed()).ifPresent(affected::add);
        try {
            ctx.corrections().make(found.get(), kind.get(), request.param("target"), request.param("value"),
                    request.param("reason"), session.user());
        } catch (CorrectionException e) {
            return page(session, id, e.getMessage());
        }
        regionYear(ctx.corrections().effective(found.get()).indexed()).ifPresent(affected::add);
        for (RegionYear ry : affected) {
            ctx.summaries().rebuild(ry);
        }
        return HttpResponse.redirect("/report?id=" + Html.url(id));
    }

    private static Optional<RegionYear> regionYear(IndexedReport r) {
        return r.regionCode() == null || r.year() == null ? Optional.empty() : Optional.of(new RegionYear(r.regionCode(), r.year()));
    }

    private static Optional<Correction.Kind> kind(String key) {
        for (Correction.Kind k : Correction.Kind.values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private Optional<IndexedReport> find(String id) throws IndexException {
        return id != null && id.matches("[0-9a-f]{64}") ? ctx.index().find(id) : Optional.empty();
    }
}
