-- Append-only log of what runners logged. An undo sets undone_at and a correction (edited
-- message, a watch file merged with a typed run) sets replaced_by: history is marked, never
-- rewritten. `at` is UTC ISO-8601 with a fixed timespec so that text order is time order.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    payload TEXT NOT NULL,
    chat_id INTEGER,
    message_id INTEGER,
    created_at TEXT NOT NULL,
    undone_at TEXT,
    replaced_by INTEGER REFERENCES events(id) ON DELETE SET NULL
);

-- Day windows and balances read only live events of one user in a time range.
CREATE INDEX events_live_by_user_at ON events(user_id, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_live_by_user_kind_at ON events(user_id, kind, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_by_message ON events(chat_id, message_id);
