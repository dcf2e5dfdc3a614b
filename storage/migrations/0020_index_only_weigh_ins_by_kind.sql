-- Every event stored updated `events_live_by_user_kind_at` (one more index page written per
-- event), yet the only read that needs events by kind across a long span is a balance's
-- weigh-ins (`window`: the last 400 days of weigh-ins, the last weeks of everything else).
-- The other reads by kind cover hours to two days and use `events_live_by_user_at`. So the
-- index by kind gives way to one of live weigh-ins alone, which a meal or a run leaves alone.
DROP INDEX events_live_by_user_kind_at;
CREATE INDEX events_live_weights_by_user_at ON events(user_id, at)
    WHERE kind = 'weight' AND undone_at IS NULL AND replaced_by IS NULL;
