-- Accounts, users and their memberships, as Chatwoot models them.
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    email             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name              TEXT NOT NULL,
    display_name      TEXT,
    password_hash     TEXT,
    provider          TEXT NOT NULL DEFAULT 'email',
    message_signature TEXT,
    avatar_url        TEXT NOT NULL DEFAULT '',
    -- The personal API token is shown to its owner in the profile, as Chatwoot does.
    access_token      TEXT NOT NULL UNIQUE,
    pubsub_token      TEXT NOT NULL UNIQUE,
    ui_settings       TEXT NOT NULL DEFAULT '{}',
    custom_attributes TEXT NOT NULL DEFAULT '{}',
    active_account_id INTEGER REFERENCES accounts(id),
    confirmed         INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    last_sign_in_at   TEXT
);

CREATE TABLE account_users (
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('agent', 'administrator')),
    availability  TEXT NOT NULL DEFAULT 'online' CHECK (availability IN ('online', 'busy', 'offline')),
    auto_offline  INTEGER NOT NULL DEFAULT 1,
    active_at     TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, user_id)
);

-- One row per signed-in device (devise_token_auth's `client`). Tokens are stored hashed.
CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client           TEXT NOT NULL UNIQUE,
    token_hash       BLOB NOT NULL,
    client_name      TEXT,
    client_version   TEXT,
    platform         TEXT,
    device_model     TEXT,
    platform_version TEXT,
    user_agent       TEXT,
    ip_address       TEXT,
    created_at       TEXT NOT NULL,
    last_active_at   TEXT NOT NULL,
    expires_at       TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
