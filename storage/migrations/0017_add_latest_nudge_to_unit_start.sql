-- A runner's nudges by key (issue 18): PostgreSQL's step 0017 adds this index so a runner's
-- unit of work starts knowing their latest nudge (`runfuel_unit_start`); SQLite has one
-- process per file and no such units, but its day's first look at the nudges
-- (`nudge_state`, `plan_nudge`) reads the same rows, so it gets the same index.
CREATE INDEX scheduled_messages_nudges ON scheduled_messages(user_id, dedupe_key)
    WHERE kind = 'nudge';
