-- One row per runner, keyed by the Telegram user id (mirrors the SQLite step 0001). The
-- profile is a JSON document of engine.profile.Profile, so a new profile field needs no
-- migration; the time zone is a generated column because scheduling queries by it.
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    chat_id BIGINT,
    profile JSONB NOT NULL DEFAULT '{}',
    tz TEXT GENERATED ALWAYS AS (coalesce(profile ->> 'tz', 'UTC')) STORED,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
