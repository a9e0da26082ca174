-- Bumped on every change of the user document: the profile's ETag (conditional writes).
ALTER TABLE users ADD COLUMN lock_version INTEGER NOT NULL DEFAULT 0;
