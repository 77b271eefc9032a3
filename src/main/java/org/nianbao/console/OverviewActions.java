package org.nianbao.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.index.IndexException;
import org.nianbao.index.RegionYear;
import org.nianbao.summary.RegionalSummary;
import org.nianbao.summary.SummaryOutbox;

/** The overview page and the downloads of a region-year's summary files. */
final class OverviewActions {

    private static final Map<String, String> LABELS = Map.of(SummaryOutbox.DOCX, "汇总报告（Word）",
            SummaryOutbox.PDF, "汇总报告（PDF）", SummaryOutbox.CSV, "汇总表（CSV，可用 Excel 打开）",
            SummaryOutbox.JSON, "汇总数据（JSON）");
    private static final Map<String, String> TYPES = Map.of(SummaryOutbox.DOCX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SummaryOutbox.PDF, "application/pdf",
            SummaryOutbox.CSV, "text/csv; charset=utf-8", SummaryOutbox.JSON, "application/json; charset=utf-8");

    private final ConsoleContext ctx;

    OverviewActions(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    HttpResponse page(Session session, HttpRequest request) throws IOException, IndexException {
        List<RegionYear> all = ctx.index().regionYears();
        Optional<RegionYear> chosen = choose(all, request.param("region"), request.param("year"));
        if (chosen.isEmpty()) {
            return HttpResponse.html(200, Layout.page("年报概览", session,
                    "<p id=\"empty\">档案中还没有任何报告。请把报告放入收件夹，或<a href=\"/upload\">上传</a>。</p>"));
        }
        Overview overview = Overview.of(chosen.get(), ctx.index(), ctx.summaries(), ctx.corrections());
        List<OverviewPage.SummaryFile> files = new ArrayList<>();
        Path folder = ctx.summaries().outbox().folder(overview.summary());
        for (String name : SummaryOutbox.FILES) {
            Path file = folder.resolve(name);
            files.add(new OverviewPage.SummaryFile(name, LABELS.get(name),
                    Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty()));
        }
        return HttpResponse.html(200, OverviewPage.render(session, overview, all, request.param("q"), files,
                FailedDocuments.list(ctx.failedRoot()).size(), ctx.zone()));
    }

    /**
     * The region-year asked for; else the home region (setting) in the home year (setting) or its latest
     * year in the index; else the latest region-year the index holds.
     */
    Optional<RegionYear> choose(List<RegionYear> all, String region, String year) {
        String code = !region.isBlank() ? region.strip() : ctx.homeRegion().orElse("");
        List<RegionYear> ofRegion = all.stream().filter(ry -> ry.code().equals(code)).toList();
        if (ofRegion.isEmpty()) {
            return all.stream().max(Comparator.comparingInt(RegionYear::year));
        }
        Integer wanted = year.matches("\\d{4}") ? Integer.valueOf(year) : ctx.homeYear().orElse(null);
        return ofRegion.stream().filter(ry -> wanted != null && ry.year() == wanted).findFirst()
                .or(() -> ofRegion.stream().max(Comparator.comparingInt(RegionYear::year)));
    }

    HttpResponse download(HttpRequest request) throws IOException, IndexException {
        String file = request.param("file");
        if (!SummaryOutbox.FILES.contains(file) || !request.param("year").matches("\\d{4}")
                || !request.param("region").matches("\\d{6}")) {
            return Console.notFound();
        }
        RegionYear ry = new RegionYear(request.param("region"), Integer.parseInt(request.param("year")));
        RegionalSummary summary = ctx.summaries().compute(ry);
        Path path = ctx.summaries().outbox().folder(summary).resolve(file);
        if (!Files.isRegularFile(path)) {
            return Console.notFound();
        }
        String name = ry.code() + "-" + ry.year() + "-" + file;
        return HttpResponse.bytes(TYPES.get(file), Files.readAllBytes(path),
                Map.of("Content-Disposition", "attachment; filename=\"" + name + "\""));
    }
}
