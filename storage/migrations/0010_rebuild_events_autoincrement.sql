-- Event ids are never reused. Buttons under old messages carry an event id (`undo:42`); with
-- a plain INTEGER PRIMARY KEY SQLite hands out max(id)+1, so after /deleteme (or an undo of
-- the newest rows) a new run could take the id an old Undo button still points at.
-- AUTOINCREMENT keeps the highest id ever used in sqlite_sequence. SQLite cannot add it to a
-- table, so the table is rebuilt: same columns, same rows and ids, same indexes.
CREATE TABLE events_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    payload TEXT NOT NULL,
    chat_id INTEGER,
    message_id INTEGER,
    created_at TEXT NOT NULL,
    undone_at TEXT,
    replaced_by INTEGER REFERENCES events_new(id) ON DELETE SET NULL,
    update_id INTEGER,
    seq INTEGER
);
INSERT INTO events_new (id, user_id, kind, at, payload, chat_id, message_id, created_at,
                        undone_at, replaced_by, update_id, seq)
    SELECT id, user_id, kind, at, payload, chat_id, message_id, created_at, undone_at,
           replaced_by, update_id, seq
    FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_live_by_user_at ON events(user_id, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_live_by_user_kind_at ON events(user_id, kind, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_by_message ON events(chat_id, message_id);
CREATE UNIQUE INDEX events_by_update ON events(update_id, seq) WHERE update_id IS NOT NULL;
