/**
 * What a regional office receives from a {@link org.nianbao.summary.RegionalSummary}: a Word document and
 * a PDF in the official report layout, and a CSV of every included report's cells with the sums.
 *
 * <p>The three tables are described once, format-neutrally, as {@link org.nianbao.summary.render.Grid}s
 * built by {@link org.nianbao.summary.render.OfficialTables}; the Word and PDF writers only draw grids, and
 * the CSV takes its columns from the value cells of the same grids, so the three renderings cannot drift
 * apart.
 */
package org.nianbao.summary.render;
