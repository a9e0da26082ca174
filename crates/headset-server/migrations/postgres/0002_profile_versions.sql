-- Bumped on every change of the user document: the profile's ETag (conditional writes).
ALTER TABLE users ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
