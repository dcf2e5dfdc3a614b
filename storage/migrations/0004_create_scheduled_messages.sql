-- Every message the bot sends by itself is a row first: the row is the source of truth and
-- the in-memory scheduler only wakes the sender. A row is claimed in a transaction before it
-- is sent and marked after, so a crash between the two never sends twice.
-- state: pending -> claimed -> sent | failed; pending -> cancelled | skipped.
CREATE TABLE scheduled_messages (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    due_at TEXT NOT NULL,
    expires_at TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending',
    dedupe_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    claimed_at TEXT,
    done_at TEXT,
    UNIQUE (user_id, dedupe_key)
);

CREATE INDEX scheduled_messages_pending_by_due ON scheduled_messages(due_at)
    WHERE state = 'pending';
