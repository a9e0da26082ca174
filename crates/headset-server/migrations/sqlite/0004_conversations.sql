-- The helpdesk data the agent API works on: inboxes (channels), contacts,
-- conversations, messages, and the notifications made from them.
CREATE TABLE inboxes (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    channel_type TEXT NOT NULL DEFAULT 'Channel::Api',
    created_at   TEXT NOT NULL
);

CREATE TABLE inbox_members (
    inbox_id INTEGER NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (inbox_id, user_id)
);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    email        TEXT,
    phone_number TEXT,
    created_at   TEXT NOT NULL
);

CREATE TABLE conversations (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    display_id         INTEGER NOT NULL,
    inbox_id           INTEGER NOT NULL REFERENCES inboxes(id) ON DELETE CASCADE,
    contact_id         INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    assignee_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'resolved', 'pending', 'snoozed')),
    priority           TEXT,
    agent_last_seen_at TEXT,
    created_at         TEXT NOT NULL,
    last_activity_at   TEXT NOT NULL,
    UNIQUE (account_id, display_id)
);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    content         TEXT NOT NULL,
    -- 0 incoming, 1 outgoing, 2 activity, 3 template (Chatwoot's enum)
    message_type    INTEGER NOT NULL,
    private         INTEGER NOT NULL DEFAULT 0,
    sender_type     TEXT,
    sender_id       INTEGER,
    created_at      TEXT NOT NULL
);
CREATE INDEX messages_conversation ON messages(conversation_id);

CREATE TABLE notifications (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id            INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    notification_type  TEXT NOT NULL,
    conversation_id    INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    read_at            TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX notifications_user ON notifications(user_id, account_id);

-- Selected flags per user and account, as JSON arrays of flag names.
CREATE TABLE notification_settings (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email_flags TEXT NOT NULL DEFAULT '["email_conversation_assignment"]',
    push_flags  TEXT NOT NULL DEFAULT '["push_conversation_assignment"]',
    PRIMARY KEY (account_id, user_id)
);
