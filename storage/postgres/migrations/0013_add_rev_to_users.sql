-- A runner's revision (mirrors SQLite 0013): each unit of work of a runner (`PgDatabase.unit`)
-- bumps it before committing, so a worker keeping that runner in memory can tell another
-- worker wrote since and read the runner afresh.
ALTER TABLE users ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;
