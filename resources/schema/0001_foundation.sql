-- RM Desk schema 1: settings kept in the database file, and the branch hierarchy.
-- Applied in one transaction; PRAGMA user_version is set by the migrator.

CREATE TABLE app_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

CREATE TABLE branches (
    code        TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    parent_code TEXT REFERENCES branches (code),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX branches_parent ON branches (parent_code);
