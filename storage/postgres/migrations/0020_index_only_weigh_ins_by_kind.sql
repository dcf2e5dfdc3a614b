-- Mirrors SQLite 0020: the index of live events by kind, written by every event stored, gives
-- way to one of live weigh-ins alone, the only kind a read needs across a long span (a
-- balance's last 400 days of weigh-ins); the reads of a kind over hours to two days use
-- `events_live_by_user_at`.
DROP INDEX events_live_by_user_kind_at;
CREATE INDEX events_live_weights_by_user_at ON events(user_id, at)
    WHERE kind = 'weight' AND undone_at IS NULL AND replaced_by IS NULL;
