-- Foods a runner taught the bot ("/food grandma's granola 450 kcal ... per 100g"), theirs only.
CREATE TABLE user_foods (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    food TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);
