-- Updates already applied (mirrors SQLite 0003): recorded in the transaction that applies
-- them, so a redelivered update applies once. An update belongs to one runner.
CREATE TABLE processed_updates (
    update_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, update_id)
);
