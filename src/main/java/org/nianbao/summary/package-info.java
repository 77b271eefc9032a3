/** Regional summaries: the sums of a region's current reports for a year, and what the office receives. */
package org.nianbao.summary;
