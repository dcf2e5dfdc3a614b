-- One row per runner. The Telegram user id is the key (the console chat uses its own ids).
-- The profile is a JSON document of engine.profile.Profile so that adding a profile field needs
-- no migration; the time zone is a generated column because scheduling queries by it.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER,
    profile TEXT NOT NULL DEFAULT '{}',
    tz TEXT GENERATED ALWAYS AS (coalesce(json_extract(profile, '$.tz'), 'UTC')) VIRTUAL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
