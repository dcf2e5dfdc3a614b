-- The revision of a runner's last write that changed their row, taught foods or open setup
-- (issue 18): PostgreSQL's step 0019 adds it so a worker behind on a runner by events alone
-- keeps what it decoded of them (`runfuel_unit_start`). SQLite has one process per file and
-- no such units; the column is here so both backends hold one schema.
ALTER TABLE users ADD COLUMN kept_rev INTEGER NOT NULL DEFAULT 0;
