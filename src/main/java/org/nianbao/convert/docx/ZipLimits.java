package org.nianbao.convert.docx;

import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
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

    /**
     * Parts above this size are unpacked into a temporary file instead of the heap: POI otherwise holds
     * every part of a package in memory, and a DOCX of 49 MB of pictures would need twice that and more.
     */
    static final int PART_BYTES_IN_MEMORY = 1024 * 1024;

    static synchronized void atLeast(ParseLimits limits) {
        if (ZipInputStreamZipEntrySource.getThresholdBytesForTempFiles() != PART_BYTES_IN_MEMORY) {
            ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(PART_BYTES_IN_MEMORY);
        }
        if (ZipSecureFile.getMinInflateRatio() < limits.maxInflationRatio()) {
            ZipSecureFile.setMinInflateRatio(limits.maxInflationRatio());
        }
        if (ZipSecureFile.getMaxEntrySize() > limits.maxEntryBytes()) {
            ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        }
    }
}
