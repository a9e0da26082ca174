-- A contact's picture, as a URL (Chatwoot's `thumbnail`); empty when there is none.
ALTER TABLE contacts ADD COLUMN avatar_url TEXT NOT NULL DEFAULT '';
