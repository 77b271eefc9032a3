package org.nianbao.convert.docx;

import java.time.Duration;
import org.nianbao.convert.ConversionException;
import org.nianbao.convert.FailureCode;

/**
 * The moment a conversion must give up. Checked between blocks and table rows, so a document built to
 * keep the reader busy fails with {@link FailureCode#TIMEOUT} instead of holding a worker.
 */
public record Deadline(long expiresAtNanos, Duration budget) {

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** Throws {@link FailureCode#TIMEOUT} once the budget is spent. */
    public void check() throws ConversionException {
        // Compare the difference, not the values: nanoTime may wrap.
        if (System.nanoTime() - expiresAtNanos > 0) {
            throw new ConversionException(FailureCode.TIMEOUT, "reading the document took longer than the limit of "
                    + budget.toSeconds() + " s; the file may be damaged or built to stall the reader");
        }
    }
}
