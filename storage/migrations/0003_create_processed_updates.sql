-- Telegram may deliver an update twice (a restart before the offset was confirmed). The id is
-- recorded in the same transaction as the events the update produced, so it applies once.
CREATE TABLE processed_updates (
    update_id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    processed_at TEXT NOT NULL
);
