-- Held events (a message that read like chat: its figures shown with "✅ Log it", counted
-- nowhere until the button is pressed) get a column of their own. They were stored undone at
-- their own `created_at`, so /undo and edits had to stamp their rows a microsecond late to
-- stay apart from them (an edit is read at its message's first time, and Telegram dates are
-- whole seconds). Rows held that way become `held` with no `undone_at`. Held rows are few:
-- they stay in the indexes of live events, and the reads of live events add `NOT held`.
ALTER TABLE events ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
UPDATE events SET held = 1, undone_at = NULL WHERE undone_at = created_at;
