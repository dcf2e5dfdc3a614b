-- Updates fetched by long polling but not yet handled (mirrors SQLite 0006). The one table
-- without a runner: a raw update is kept before anyone reads who sent it.
CREATE TABLE inbox (
    update_id BIGINT PRIMARY KEY,
    payload TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
