package org.nianbao.convert.docx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.nianbao.convert.ParseLimits;

/**
 * Keeps POI's process-wide zip guard at least as strict as the limits of every conversion. POI reads
 * these settings from static fields, so a per-call value could be loosened by a concurrent call; only
 * ever tightening them means no call runs with a weaker guard than it asked for.
 */
final class ZipLimits {

    private ZipLimits() {
    }

    static synchronized void atLeast(ParseLimits limits) {
        if (ZipSecureFile.getMinInflateRatio() < limits.maxInflationRatio()) {
            ZipSecureFile.setMinInflateRatio(limits.maxInflationRatio());
        }
        if (ZipSecureFile.getMaxEntrySize() > limits.maxEntryBytes()) {
            ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        }
    }
}
