-- The /start setup question a runner has open, one row while it is open (issue 13). It was
-- kept in PTB's ConversationHandler memory, so a restart silently dropped it and every text
-- was read as an answer; in the database it survives restarts and can be shared by workers,
-- and a message that is no answer is logged while the question waits. `at` is when the
-- question was asked or the runner last wrote during setup: 30 minutes later it is over.
CREATE TABLE setups (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    at TEXT NOT NULL,
    reasked INTEGER NOT NULL DEFAULT 0
);
