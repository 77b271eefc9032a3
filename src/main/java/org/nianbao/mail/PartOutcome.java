package org.nianbao.mail;

import java.nio.file.Path;
import org.nianbao.archive.ArchiveEntry;
import org.nianbao.convert.FailureCode;
import org.nianbao.model.AnnualReport;

/** What became of one candidate document of a message. */
public sealed interface PartOutcome permits PartOutcome.Archived, PartOutcome.Kept, PartOutcome.NotAReport {

    MailCandidate part();

    /**
     * A report in the archive.
     *
     * @param earlier true when the same bytes were archived before this message came (by another mail or the
     *        inbox folder); false for a new entry, also one made by an interrupted earlier pass over this message
     */
    record Archived(MailCandidate part, ArchiveEntry entry, AnnualReport report, boolean earlier) implements PartOutcome {
    }

    /** A document that could not be converted, kept in the failed folder with its reason like a dropped file. */
    record Kept(MailCandidate part, FailureCode code, String message, Path kept) implements PartOutcome {
    }

    /** A part that is not a report (a form, a covering note); not kept, only named in the record and the receipt. */
    record NotAReport(MailCandidate part, FailureCode code, String message) implements PartOutcome {
    }
}
