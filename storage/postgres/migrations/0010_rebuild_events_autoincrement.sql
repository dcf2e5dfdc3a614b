-- Mirrors SQLite 0010, which rebuilds `events` with AUTOINCREMENT so that an id is never
-- handed out twice (an old Undo button carries one). Here `id` is GENERATED ALWAYS AS
-- IDENTITY since 0002: a sequence, which never reuses a value, so nothing needs rebuilding.
-- The step exists so both backends keep the same numbered steps; it records the invariant.
COMMENT ON COLUMN events.id IS 'Never reused (identity sequence): buttons carry event ids.';
