-- Strava (issue 19). `strava_links`: one runner's connection, with the OAuth tokens encrypted
-- by the application (Fernet, key from RUNFUEL_SECRET_KEY): a copied database file or backup
-- holds no usable token. Deleting the user deletes the link.
-- `strava_events`: each webhook event as Strava sent it, written before Strava gets its 200;
-- a worker leases due rows (`due_at` moves ahead while one is worked on, and after a failure
-- by the back-off), so a crash, a 5xx or a rate limit delays an event but never loses it. The
-- unique key drops a redelivered event. `strava_activities`: which of our events holds each
-- Strava activity, for updates and deletes.
CREATE TABLE strava_links (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    athlete_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    tokens TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    scope TEXT NOT NULL,
    connected_at TEXT NOT NULL
);

-- One Strava athlete links one runner (the store replaces an older link in the same
-- transaction); the index finds the runner of a webhook event.
CREATE INDEX strava_links_by_athlete ON strava_links (athlete_id);

CREATE TABLE strava_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    owner_id INTEGER NOT NULL,
    object_type TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    aspect_type TEXT NOT NULL,
    event_time INTEGER NOT NULL,
    updates TEXT NOT NULL,
    received_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    done_at TEXT,
    UNIQUE (user_id, object_type, object_id, aspect_type, event_time)
);

CREATE INDEX strava_events_due ON strava_events (due_at) WHERE done_at IS NULL;

CREATE TABLE strava_activities (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (user_id, activity_id)
);
