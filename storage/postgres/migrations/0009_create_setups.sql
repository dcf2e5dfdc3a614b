-- The /start setup question a runner has open, one row while it is open (mirrors SQLite
-- 0009): in the database, a runner's next answer may reach any worker.
CREATE TABLE setups (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    reasked INTEGER NOT NULL DEFAULT 0
);
