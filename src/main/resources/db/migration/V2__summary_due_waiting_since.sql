-- When the region-year started waiting for its rebuild: a steady stream of arrivals must not put a
-- summary off for ever, so a region-year is also due once it has waited nianbao.summary.max-wait-seconds.
ALTER TABLE summary_due ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
UPDATE summary_due SET waiting_since = touched_at;
