-- A runner's unit of work starts in one round trip (`PgDatabase.unit`): the function takes
-- the runner's advisory lock, then bumps `users.rev` and returns the new revision (NULL while
-- the runner has no row). Each statement of a plpgsql function takes a fresh snapshot, so the
-- UPDATE runs after the lock is held and sees what the runner's previous unit committed.
CREATE FUNCTION runfuel_unit(uid BIGINT) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    r BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(uid);
    UPDATE users SET rev = rev + 1 WHERE id = uid RETURNING rev INTO r;
    RETURN r;
END
$$;

-- The same for a worker that expects the revision its own last unit of this runner left: sent
-- together with BEGIN (one simple query, nothing to read back), it fails with SQLSTATE RF001
-- when another writer changed the revision since; its DETAIL is the revision found (bumped),
-- so the worker's retry expects that one.
CREATE FUNCTION runfuel_unit_expecting(uid BIGINT, expected BIGINT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    r BIGINT;
BEGIN
    r := runfuel_unit(uid);
    IF r IS DISTINCT FROM expected + 1 THEN
        RAISE EXCEPTION 'runner % changed since (revision %)', uid, r
            USING ERRCODE = 'RF001', DETAIL = coalesce(r::text, '');
    END IF;
END
$$;
