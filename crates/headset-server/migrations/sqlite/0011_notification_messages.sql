-- The message a notification is about (Chatwoot's `secondary_actor`), when there is one.
ALTER TABLE notifications ADD COLUMN message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL;
