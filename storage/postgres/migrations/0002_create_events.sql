-- Append-only log of what runners logged (mirrors SQLite 0002). The key leads with user_id,
-- so a table sharded by user (Citus) keeps a runner's rows together; `id` alone is still
-- indexed for the lookups by id. `replaced_by` is a plain id: a correction always points at
-- an event of the same runner, and the runner's rows are deleted together.
CREATE TABLE events (
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    payload JSONB NOT NULL,
    chat_id BIGINT,
    message_id BIGINT,
    created_at TIMESTAMPTZ NOT NULL,
    undone_at TIMESTAMPTZ,
    replaced_by BIGINT,
    PRIMARY KEY (user_id, id)
);

CREATE INDEX events_live_by_user_at ON events(user_id, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_live_by_user_kind_at ON events(user_id, kind, at)
    WHERE undone_at IS NULL AND replaced_by IS NULL;
CREATE INDEX events_by_message ON events(user_id, chat_id, message_id);
