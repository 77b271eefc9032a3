package org.nianbao.console;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.archive.FailedFolder;
import org.nianbao.archive.ReportArchive;
import org.nianbao.convert.FailureCode;
import org.nianbao.index.IndexConvergence;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;
import org.nianbao.pipeline.Outcome;
import org.nianbao.pipeline.ReportPipeline;

/**
 * A document uploaded in the browser takes the inbox's way: the same pipeline, archive (with its SHA-256
 * deduplication across channels) and failed folder, with {@code source.channel} {@code "http"}; a new
 * archive entry is indexed at once, so its region-year becomes due for its summary.
 */
public final class UploadIngest {

    /** What became of one uploaded file. */
    public record Result(String fileName, String outcome, String detail, String reportId) {
        public static final String ARCHIVED = "archived";
        public static final String DUPLICATE = "duplicate";
        public static final String FAILED = "failed";
    }

    private final ReportPipeline pipeline;
    private final ReportArchive archive;
    private final FailedFolder failed;
    private final IndexConvergence index;
    private final long maxBytes;
    private final Clock clock;

    public UploadIngest(ReportPipeline pipeline, ReportArchive archive, FailedFolder failed, IndexConvergence index,
                        long maxBytes, Clock clock) {
        this.pipeline = pipeline;
        this.archive = archive;
        this.failed = failed;
        this.index = index;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * Takes one uploaded file as the inbox takes a dropped one: under the archive's lock for its SHA-256 (a
     * copy arriving at the same moment by the folder or by mail is converted once, and the later one is the
     * duplicate), archived, then indexed; an index that does not answer leaves the report archived, to be
     * indexed by the next retry, like any other archive entry.
     */
    public Result upload(byte[] bytes, String fileName) throws IOException {
        SourceDocument source = SourceDocument.of(bytes, fileName, "http", clock.instant());
        if (bytes.length > maxBytes) {
            failed.store(source, FailureCode.TOO_LARGE, "the file has " + bytes.length + " bytes, more than the limit of " + maxBytes);
            return new Result(fileName, Result.FAILED, FailedDocuments.wording(FailureCode.TOO_LARGE.reason()).orElse(""), null);
        }
        return archive.exclusively(source.sha256(), () -> uploadOnce(source, fileName));
    }

    private Result uploadOnce(SourceDocument source, String fileName) throws IOException {
        Optional<ArchiveEntry> existing = archive.entry(source.sha256());
        if (existing.isPresent()) {
            return new Result(fileName, Result.DUPLICATE, "此文件已在档案中（内容相同）", source.sha256());
        }
        Outcome outcome = pipeline.process(source);
        if (outcome instanceof Outcome.Converted converted) {
            ArchiveEntry entry = archive.store(converted.report(), source);
            index.indexArchived(entry);
            AnnualReport r = converted.report();
            String agency = r.report() == null || r.report().agency() == null ? "未识别机关" : r.report().agency();
            String year = r.report() == null || r.report().year() == null ? "未识别年度" : r.report().year() + "年度";
            return new Result(fileName, Result.ARCHIVED, agency + " " + year + "（" + r.status() + "）", source.sha256());
        }
        Outcome.Failed failure = (Outcome.Failed) outcome;
        failed.store(source, failure.code(), failure.message());
        return new Result(fileName, Result.FAILED, wording(failure.code()) + "：" + failure.message(), null);
    }

    private static String wording(FailureCode code) {
        return FailedDocuments.wording(code.reason()).orElse(code.reason());
    }
}
