-- Messages the bot sends by itself (mirrors SQLite 0004): the row is the source of truth.
-- state: pending -> claimed -> sent | failed; pending -> cancelled | skipped.
CREATE TABLE scheduled_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    due_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ,
    payload JSONB NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending',
    dedupe_key TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    claimed_at TIMESTAMPTZ,
    done_at TIMESTAMPTZ,
    PRIMARY KEY (user_id, id),
    UNIQUE (user_id, dedupe_key)
);

CREATE INDEX scheduled_messages_by_id ON scheduled_messages(id);
CREATE INDEX scheduled_messages_pending_by_due ON scheduled_messages(due_at)
    WHERE state = 'pending';
