-- RM Desk schema 7: likely duplicates and their merges, the end of a relationship and purging after
-- retention (specification 1.3 and 2.1; the record_retention rule set). Kept by
-- models/stores/customermerge.cpp and models/stores/customerretention.cpp.
-- Customer ids are never foreign keys here: a merged or purged customer leaves `customers`, and
-- these rows must outlive it.

-- Compliance keeps a customer's records past retention while an AML investigation is open.
ALTER TABLE customers ADD COLUMN aml_hold INTEGER NOT NULL DEFAULT 0 CHECK (aml_hold IN (0, 1));
ALTER TABLE customers ADD COLUMN aml_hold_reason TEXT;
ALTER TABLE customers ADD COLUMN aml_hold_by TEXT;
ALTER TABLE customers ADD COLUMN aml_hold_at TEXT;

-- Likely duplicates share a name and a mobile or a birth date: these find the groups by reading
-- the indexes alone (about a second for a million customers, where a join through the table took
-- twenty).
CREATE INDEX customers_dup_mobile ON customers (name, mobile) WHERE mobile IS NOT NULL;
CREATE INDEX customers_dup_birth ON customers (name, birth_date) WHERE birth_date IS NOT NULL;

-- A request to merge two records of one person: one asks, a supervisor of both approves (four
-- eyes). `choices` says for every catalogue field which record's value survives.
CREATE TABLE merge_requests (
    id                INTEGER PRIMARY KEY,
    keep_id           INTEGER NOT NULL,
    absorb_id         INTEGER NOT NULL CHECK (absorb_id <> keep_id),
    keep_branch       TEXT NOT NULL,
    absorb_branch     TEXT NOT NULL,
    keep_rm_user_id   INTEGER,
    absorb_rm_user_id INTEGER,
    choices           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(choices)),
    reason            TEXT NOT NULL CHECK (length(reason) > 0),
    requested_by_id   INTEGER NOT NULL,
    requested_by      TEXT NOT NULL,
    requested_at      TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by        TEXT,
    decided_at        TEXT,
    decision_note     TEXT
);
CREATE INDEX merge_requests_status ON merge_requests (status, id);
CREATE INDEX merge_requests_keep ON merge_requests (keep_id);
CREATE INDEX merge_requests_absorb ON merge_requests (absorb_id);

-- The absorbed customer's row as it was (every column, as JSON). Its history moved to the
-- survivor; this keeps the record itself for the retention period.
CREATE TABLE merged_customers (
    archive_id       INTEGER PRIMARY KEY,
    id               INTEGER NOT NULL, -- the absorbed customer's number
    merged_into      INTEGER NOT NULL,
    merge_request_id INTEGER NOT NULL REFERENCES merge_requests (id),
    merged_at        TEXT NOT NULL,
    merged_by        TEXT NOT NULL,
    record           TEXT NOT NULL CHECK (json_valid(record))
);
CREATE INDEX merged_customers_id ON merged_customers (id);
CREATE INDEX merged_customers_into ON merged_customers (merged_into);

-- A flagged pair that a supervisor found to be two different people: no longer flagged.
CREATE TABLE duplicate_dismissals (
    a_id       INTEGER NOT NULL,
    b_id       INTEGER NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(reason) > 0),
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)
) WITHOUT ROWID;

-- Purging a customer past retention: asked by one person, approved by another of the other role
-- (a supervisor and a compliance officer).
CREATE TABLE purge_requests (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL,
    branch_code     TEXT NOT NULL,
    ended_on        TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (length(reason) > 0),
    requested_by_id INTEGER NOT NULL,
    requested_by    TEXT NOT NULL,
    requested_role  TEXT NOT NULL,
    requested_at    TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by_id   INTEGER,
    decided_by      TEXT,
    decided_role    TEXT,
    decided_at      TEXT,
    decision_note   TEXT
);
CREATE INDEX purge_requests_status ON purge_requests (status, id);
CREATE INDEX purge_requests_customer ON purge_requests (customer_id);

-- What is left of a purged customer: no name, document, contact or other personal data.
CREATE TABLE purged_customers (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL,
    purged_at        TEXT NOT NULL,
    ended_on         TEXT NOT NULL,
    purge_request_id INTEGER NOT NULL REFERENCES purge_requests (id),
    requested_by     TEXT NOT NULL,
    approved_by      TEXT NOT NULL
);
CREATE INDEX purged_customers_customer ON purged_customers (customer_id);
