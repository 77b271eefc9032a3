/**
 * The archive index: a table of every archived report (its metadata, failed checks, versions and the report
 * JSON itself), kept in an embedded H2 file database or in PostgreSQL, so that regional summaries can be
 * rebuilt from the index alone. Plain JDBC; the schema is versioned by Flyway migrations in
 * {@code db/migration}.
 */
package org.nianbao.index;
