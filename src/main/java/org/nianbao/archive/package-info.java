/**
 * Where documents end up on disk: the report archive (originals byte for byte plus their canonical JSON,
 * keyed by SHA-256 and browsable by region and year) and the failed folder (originals that could not be
 * converted, each beside a reason file). Every write is staged and moved into place atomically, so a crash
 * never leaves a half-written entry visible.
 */
package org.nianbao.archive;
