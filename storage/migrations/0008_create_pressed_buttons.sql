-- A button acts once. Telegram delivers every tap, so a double tap on "✅ Had it" would log two
-- drinks; the first press of a button on a message claims it here (`slot` is the button's
-- decision: one per message for most keyboards, "fix" for the Fix button beside Undo) and a
-- second press finds the row and only says it was done. Keyed by the message the button was
-- shown on, not by its callback data: two snack proposals both carry `eat:M`.
CREATE TABLE pressed_buttons (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    slot TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    pressed_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id, slot)
);

CREATE INDEX pressed_buttons_by_user ON pressed_buttons(user_id);
