-- The revision of the runner's last write that changed what a worker keeps of them besides
-- their events: the row of `users`, their taught foods, their open setup (`PgDatabase.bump`
-- sets it). With round-robin delivery most units of several workers start behind the
-- runner; while only events were stored since the worker's last unit of them (nearly always),
-- `runfuel_unit_start` no longer reads and sends the runner's row, foods and setup, and the
-- worker keeps what it decoded of them: the unit brings the events stored since, and the
-- runner's latest nudge key (planned by any worker, 0017). A runner's row starts at the
-- microseconds since the epoch (`ensure_user`), both revisions, so a runner deleted and
-- back has revisions above any of the deleted row's: a worker that kept the deleted runner
-- reads the new one afresh. Rows start with `kept_rev = rev`.
ALTER TABLE users ADD COLUMN kept_rev BIGINT NOT NULL DEFAULT 0;
UPDATE users SET kept_rev = rev;

-- `holds`: the worker holds what it read of the runner's row, foods and setup as of revision
-- `expected` (a write of its own in its last unit of them dropped that).
DROP FUNCTION runfuel_unit_start(BIGINT, BIGINT);
CREATE FUNCTION runfuel_unit_start(uid BIGINT, expected BIGINT, holds BOOLEAN) RETURNS VOID
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
        FROM (SELECT id, at, payload, undone_at IS NULL AND replaced_by IS NULL AS live
              FROM events WHERE user_id = uid AND rev > expected AND rev <= r) e;
    END IF;
    RAISE NOTICE 'runfuel unit' USING ERRCODE = 'RF002',
        DETAIL = CASE WHEN runner IS NULL
            THEN json_build_object('rev', r, 'nudged', nudged, 'changes', changes)
            ELSE json_build_object('rev', r, 'runner', runner, 'changes', changes) END::text;
END
$$;
