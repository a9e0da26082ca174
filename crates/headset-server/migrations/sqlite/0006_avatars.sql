-- Processed avatars (512 and 128 px), served under generated names at /avatars/{name}.
CREATE TABLE avatars (
    name         TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    size         INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL
);
CREATE INDEX avatars_user ON avatars(user_id);
