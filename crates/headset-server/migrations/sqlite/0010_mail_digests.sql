-- Notification emails waiting for the agent's next digest (`notification_frequency`).
CREATE TABLE digest_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    subject    TEXT NOT NULL,
    link       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX digest_items_user ON digest_items (user_id, id);
