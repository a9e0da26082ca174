-- TOTP two-factor. The secret is encrypted with the server key (never stored in clear);
-- `last_step` makes each time step usable once.
CREATE TABLE mfa (
    user_id       INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret_sealed BLOB NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 0,
    last_step     INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

-- Single-use backup codes, stored hashed.
CREATE TABLE backup_codes (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    used_at   TEXT
);
CREATE INDEX backup_codes_user ON backup_codes(user_id);

-- The second step of a two-factor sign-in: an opaque token, hashed, short-lived, single use.
CREATE TABLE mfa_challenges (
    token_hash BLOB PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
