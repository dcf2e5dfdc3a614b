-- A button acts once (mirrors SQLite 0008): the first press of a button on a message claims
-- it here, a second press finds the row. The key leads with the runner who pressed it.
CREATE TABLE pressed_buttons (
    chat_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    slot TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    pressed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, chat_id, message_id, slot)
);
