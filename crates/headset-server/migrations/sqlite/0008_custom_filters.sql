-- Saved filters (Chatwoot's custom_filters): each user's own. `contact` and `company`
-- filters are the segments an agent may choose to see.
CREATE TABLE custom_filters (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    filter_type TEXT NOT NULL CHECK (filter_type IN ('conversation', 'contact', 'company', 'report')),
    query       TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX custom_filters_owner ON custom_filters(account_id, user_id);
