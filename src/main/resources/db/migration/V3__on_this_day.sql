-- "On this day" reads cables by month and day of any year: an indexed virtual column (MMDD as a number, 1117 for
-- 17 November) makes that a range scan instead of a scan of 251,287 rows.
ALTER TABLE cable
    ADD COLUMN created_month_day SMALLINT AS (MONTH(created) * 100 + DAYOFMONTH(created)) VIRTUAL,
    ADD INDEX ix_cable_month_day (created_month_day, created, ref_id);
