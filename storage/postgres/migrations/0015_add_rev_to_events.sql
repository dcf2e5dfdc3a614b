-- The runner's revision (`users.rev`) of the write that stored or last changed (undid,
-- replaced) each event (mirrors SQLite 0015; NULL for rows older than this step). Every write
-- bumps the runner's revision before it stamps the rows, under the runner's row lock, so a
-- worker whose kept runner reflects revision N finds everything written since in
-- `rev > N` (`PgDatabase.unit`): one small indexed read instead of the runner's history.
ALTER TABLE events ADD COLUMN rev BIGINT;
CREATE INDEX events_by_rev ON events(user_id, rev) WHERE rev IS NOT NULL;
