-- A runner's unit of work starts in one round trip whatever other workers did since
-- (`PgDatabase.unit`). Sent together with BEGIN (one simple query), the function takes the
-- runner's advisory lock and bumps `users.rev` (0014's `runfuel_unit`), then says what the
-- worker needs in a notice of SQLSTATE RF002 (a simple query returns no rows; a notice travels
-- in the same reply). Its DETAIL is JSON: `rev`, the revision after the bump (null while the
-- runner has no row); and when that is not the revision the worker expected (`expected` + 1:
-- another worker wrote since, or this one never saw the runner) also `runner`, the runner's
-- row with taught foods and open setup, and `changes`, the events stored or changed since
-- revision `expected` as [id, payload] oldest first (null when one of them was undone or
-- replaced since, or when the worker expected nothing: read the runner afresh).
-- Each statement of a plpgsql function takes a fresh snapshot, so every read below runs after
-- the lock is held and sees what the runner's previous unit committed. 0014's
-- `runfuel_unit_expecting` (the two round trips this replaces) stays for workers of the
-- previous version during an upgrade.
CREATE FUNCTION runfuel_unit_start(uid BIGINT, expected BIGINT) RETURNS VOID
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
               s.step AS setup_step, s.at AS setup_at, s.reasked AS setup_reasked
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
