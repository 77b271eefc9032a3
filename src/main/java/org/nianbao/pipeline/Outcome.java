package org.nianbao.pipeline;

import org.nianbao.convert.FailureCode;
import org.nianbao.ingest.SourceDocument;
import org.nianbao.model.AnnualReport;

/** What became of one document: a canonical report (ok or partial), or a failure with its reason. */
public sealed interface Outcome permits Outcome.Converted, Outcome.Failed {

    SourceDocument source();

    record Converted(SourceDocument source, AnnualReport report) implements Outcome {
    }

    record Failed(SourceDocument source, FailureCode code, String message) implements Outcome {

        /** One line a person can act on: {@code not-a-pdf: the file ...}. */
        public String reasonLine() {
            return code.reason() + ": " + message;
        }
    }
}
