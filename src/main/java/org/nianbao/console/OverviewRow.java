package org.nianbao.console;

import java.util.List;
import org.nianbao.correction.EffectiveReport;

/**
 * One agency of the overview: its roster name (or the report's own, for a report of an agency not on the
 * roster), its state, its current report if any, how many versions arrived, and what is wrong.
 */
record OverviewRow(String agency, boolean onRoster, AgencyState state, EffectiveReport report, int versions,
                   List<String> problems) {
}
