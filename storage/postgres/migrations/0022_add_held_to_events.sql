-- Mirrors SQLite 0022: held events (a message that read like chat: its figures shown with
-- "✅ Log it", counted nowhere until the button is pressed) get a column of their own. They
-- were stored undone at their own `created_at`, so /undo and edits had to stamp their rows a
-- microsecond late to stay apart from them. Rows held that way become `held` with no
-- `undone_at`; held rows are few, stay in the indexes of live events, and the reads of live
-- events add `NOT held`, as does the unit's read of the events changed since (a held event
-- stored since sends the worker back to the runner's events, as an undone one did).
ALTER TABLE events ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE events SET held = TRUE, undone_at = NULL WHERE undone_at = created_at;

CREATE OR REPLACE FUNCTION runfuel_unit_start(uid BIGINT, expected BIGINT, holds BOOLEAN) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    r BIGINT;
    k BIGINT;
    runner JSON;
    nudged TEXT;
    changes JSON;
BEGIN
    PERFORM pg_advisory_xact_lock(uid);
    UPDATE users SET rev = rev + 1 WHERE id = uid RETURNING rev, kept_rev INTO r, k;
    IF r IS NULL OR r = expected + 1 THEN
        RAISE NOTICE 'runfuel unit' USING ERRCODE = 'RF002',
            DETAIL = json_build_object('rev', r)::text;
        RETURN;
    END IF;
    IF expected IS NULL OR NOT holds OR k > expected OR r <= expected THEN
        SELECT row_to_json(x) INTO runner FROM (
            SELECT u.id, u.chat_id, u.profile::text AS profile, u.active, u.created_at,
                   ARRAY(SELECT food::text FROM user_foods WHERE user_id = u.id) AS foods,
                   s.step AS setup_step, s.at AS setup_at, s.reasked AS setup_reasked,
                   (SELECT max(dedupe_key) FROM scheduled_messages
                    WHERE user_id = u.id AND kind = 'nudge') AS nudged
            FROM users u LEFT JOIN setups s ON s.user_id = u.id WHERE u.id = uid) x;
    ELSE
        SELECT max(dedupe_key) INTO nudged
        FROM scheduled_messages WHERE user_id = uid AND kind = 'nudge';
    END IF;
    IF r > expected THEN
        SELECT CASE WHEN coalesce(bool_and(e.live), TRUE)
                    THEN coalesce(json_agg(json_build_array(e.id, e.payload::text)
                                           ORDER BY e.at, e.id), '[]') END
        INTO changes
        FROM (SELECT id, at, payload, undone_at IS NULL AND replaced_by IS NULL
                     AND NOT held AS live
              FROM events WHERE user_id = uid AND rev > expected AND rev <= r) e;
    END IF;
    RAISE NOTICE 'runfuel unit' USING ERRCODE = 'RF002',
        DETAIL = CASE WHEN runner IS NULL
            THEN json_build_object('rev', r, 'nudged', nudged, 'changes', changes)
            ELSE json_build_object('rev', r, 'runner', runner, 'changes', changes) END::text;
END
$$;
