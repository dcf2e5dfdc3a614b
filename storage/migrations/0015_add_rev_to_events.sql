-- The runner's revision (`users.rev`) of the write that stored or last changed each event
-- (issue 18). On PostgreSQL a worker whose kept runner is behind reads only the events
-- changed since its revision instead of the whole history. SQLite has one process per file,
-- which keeps its runners current by itself and never reads it; the column is here so both
-- backends hold one schema.
ALTER TABLE events ADD COLUMN rev INTEGER;
