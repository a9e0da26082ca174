-- Round robin: the agent the inbox last gave a conversation to.
ALTER TABLE inboxes ADD COLUMN last_auto_assignee INTEGER;
