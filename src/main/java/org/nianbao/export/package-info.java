/**
 * The archive as data: the reports of the index (or of a folder of report JSONs), filtered by region,
 * years and template, as a wide table (CSV and XLSX, one row per report) and a long CSV (one row per cell).
 */
package org.nianbao.export;
