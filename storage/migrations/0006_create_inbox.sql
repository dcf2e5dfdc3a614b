-- Updates fetched from Telegram but not yet fully handled. getUpdates confirms a batch as
-- soon as the next poll starts, long before its updates are processed; a crash in between
-- would lose them. So each batch is written here before it is confirmed and deleted once
-- handled; at start-up what is left is handled again (event writes are de-duplicated by
-- processed_updates).
CREATE TABLE inbox (
    update_id INTEGER PRIMARY KEY,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL
);
