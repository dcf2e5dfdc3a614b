-- Strava (issue 19; mirrors SQLite 0011): links with their tokens encrypted by the application,
-- webhook events as durable rows leased by the worker, and the event each activity became.
CREATE TABLE strava_links (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    athlete_id BIGINT NOT NULL,
    chat_id BIGINT NOT NULL,
    tokens TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    scope TEXT NOT NULL,
    connected_at TIMESTAMPTZ NOT NULL
);

-- One Strava athlete links one runner (the store replaces an older link in the same
-- transaction); the index finds the runner of a webhook event.
CREATE INDEX strava_links_by_athlete ON strava_links (athlete_id);

CREATE TABLE strava_events (
    id BIGSERIAL NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    owner_id BIGINT NOT NULL,
    object_type TEXT NOT NULL,
    object_id BIGINT NOT NULL,
    aspect_type TEXT NOT NULL,
    event_time BIGINT NOT NULL,
    updates JSONB NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    due_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    done_at TIMESTAMPTZ,
    PRIMARY KEY (user_id, id),
    UNIQUE (user_id, object_type, object_id, aspect_type, event_time)
);

CREATE INDEX strava_events_due ON strava_events (due_at) WHERE done_at IS NULL;

CREATE TABLE strava_activities (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity_id BIGINT NOT NULL,
    event_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, activity_id)
);
