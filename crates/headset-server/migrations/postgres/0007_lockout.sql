-- Consecutive failed sign-ins per account (wrong password or second factor), and the
-- lock they earned: the backoff survives restarts and is shared by every server.
ALTER TABLE users ADD COLUMN failed_sign_ins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
