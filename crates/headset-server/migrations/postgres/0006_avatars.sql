-- Processed avatars (512 and 128 px), served under generated names at /avatars/{name}.
CREATE TABLE avatars (
    name         TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    size         BIGINT NOT NULL,
    content_type TEXT NOT NULL,
    bytes        BYTEA NOT NULL
);
CREATE INDEX avatars_user ON avatars(user_id);
