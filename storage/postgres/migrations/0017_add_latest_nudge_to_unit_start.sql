-- A runner's nudges by key (`kind = 'nudge'`, keys `nudge:YYYY-MM-DD`), so the runner's
-- latest nudge is one index probe; and `runfuel_unit_start` (0016) brings that key with the
-- runner's row (`nudged`) whenever it brings the row. With several workers a runner's
-- messages land on each in turn: each worker's first look at the day's nudge
-- (`bot/coach/nudges.py`) cost one or two statements that planned nothing because another
-- worker had planned it; now the unit's start already says so.
CREATE INDEX scheduled_messages_nudges ON scheduled_messages(user_id, dedupe_key)
    WHERE kind = 'nudge';

CREATE OR REPLACE FUNCTION runfuel_unit_start(uid BIGINT, expected BIGINT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    r BIGINT;
    runner JSON;
    changes JSON;
BEGIN
    r := runfuel_unit(uid);
    IF r IS NULL OR r = expected + 1 THEN
        RAISE NOTICE 'runfuel unit' USING ERRCODE = 'RF002',
            DETAIL = json_build_object('rev', r)::text;
        RETURN;
    END IF;
    SELECT row_to_json(x) INTO runner FROM (
        SELECT u.id, u.chat_id, u.profile::text AS profile, u.active, u.created_at,
               ARRAY(SELECT food::text FROM user_foods WHERE user_id = u.id) AS foods,
               s.step AS setup_step, s.at AS setup_at, s.reasked AS setup_reasked,
               (SELECT max(dedupe_key) FROM scheduled_messages
                WHERE user_id = u.id AND kind = 'nudge') AS nudged
        FROM users u LEFT JOIN setups s ON s.user_id = u.id WHERE u.id = uid) x;
    IF expected IS NOT NULL THEN
        SELECT CASE WHEN coalesce(bool_and(e.live), TRUE)
                    THEN coalesce(json_agg(json_build_array(e.id, e.payload::text)
                                           ORDER BY e.at, e.id), '[]') END
        INTO changes
        FROM (SELECT id, at, payload, undone_at IS NULL AND replaced_by IS NULL AS live
              FROM events WHERE user_id = uid AND rev > expected) e;
    END IF;
    RAISE NOTICE 'runfuel unit' USING ERRCODE = 'RF002',
        DETAIL = json_build_object('rev', r, 'runner', runner, 'changes', changes)::text;
END
$$;
