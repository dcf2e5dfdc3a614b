-- Foods a runner taught the bot, theirs only (mirrors SQLite 0005).
CREATE TABLE user_foods (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    food JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, name)
);
