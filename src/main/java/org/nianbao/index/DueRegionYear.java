package org.nianbao.index;

import java.time.Instant;

/** A region-year whose summary is out of date, and when its latest report arrived. */
public record DueRegionYear(RegionYear regionYear, Instant lastArrival) {
}
