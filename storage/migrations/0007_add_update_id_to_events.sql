-- An event remembers the Telegram update that brought it (and its position in that update),
-- so a redelivered update is refused by this unique index inside the very statement that
-- would store it twice: one statement and one round trip per logged message, instead of a
-- BEGIN / claim / insert / COMMIT sequence. Updates that store no event still use
-- processed_updates.
ALTER TABLE events ADD COLUMN update_id INTEGER;
ALTER TABLE events ADD COLUMN seq INTEGER;
CREATE UNIQUE INDEX events_by_update ON events(update_id, seq) WHERE update_id IS NOT NULL;
