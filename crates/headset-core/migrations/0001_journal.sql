-- Edits the agent accepted but the server has not confirmed yet, in order.
CREATE TABLE edits (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    edit       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
