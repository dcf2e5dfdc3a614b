-- An event remembers the update that brought it and its position in it (mirrors SQLite
-- 0007), so a redelivered update is refused by this unique key in the very INSERT that would
-- store it twice. The key leads with user_id like every key here.
ALTER TABLE events ADD COLUMN update_id BIGINT;
ALTER TABLE events ADD COLUMN seq INTEGER;
CREATE UNIQUE INDEX events_by_update ON events(user_id, update_id, seq)
    WHERE update_id IS NOT NULL;
