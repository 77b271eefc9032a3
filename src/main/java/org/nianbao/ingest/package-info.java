/**
 * How documents come in: {@link org.nianbao.ingest.SourceDocument} (the bytes and where they came from)
 * and {@link org.nianbao.ingest.InboxIngest}, which takes one file from the inbox folder through the
 * pipeline into the archive or the failed folder. Plain Java: the routes only call it.
 */
package org.nianbao.ingest;
