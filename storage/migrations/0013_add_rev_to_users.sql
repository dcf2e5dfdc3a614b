-- A runner's revision, bumped by every unit of work that writes for them (issue 18). A worker
-- that keeps a runner in memory reuses it only while the revision is the one its own last unit
-- left: another worker's write changes it, and the runner is read afresh. SQLite has one
-- process per file, which keeps its runners current by itself; the column is here so both
-- backends hold one schema.
ALTER TABLE users ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
