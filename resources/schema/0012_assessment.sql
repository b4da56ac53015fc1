-- RM Desk schema 12: supervision and assessment (specification 7.1–7.4). Kept by
-- models/stores/assessmentstore.cpp (KPI standards, scorecards), evaluationstore.cpp
-- (performance evaluations) and supervisionstore.cpp (spot checks, improvement measures); the
-- scoring rules are models/domain/kpiscore.h.
-- Customer ids are not foreign keys here (as in schemas 7 and 11): a merge moves a spot check to
-- the survivor and a purge clears it.

-- KPI standards per role and period kind, versioned like rule sets: a change is a new version of
-- the whole set of a role and period kind (weights summing to 100), never an edit. The version in
-- force for a period is the highest one whose effective_from is on or before the period's first
-- day. Targets are in the KPI's unit: percent for the rates and growth, customers for net_new,
-- NPS points for nps, interactions per customer for interactions_per_customer.
CREATE TABLE kpi_standards (
    id             INTEGER PRIMARY KEY,
    role           TEXT NOT NULL CHECK (role IN ('rm', 'supervisor')),
    period_kind    TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    version        INTEGER NOT NULL CHECK (version >= 1),
    effective_from TEXT NOT NULL CHECK (effective_from GLOB
                                        '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kpi            TEXT NOT NULL CHECK (kpi IN ('retention_rate', 'net_new', 'aum_growth', 'nps',
                                                'complaint_on_time', 'review_completion',
                                                'interactions_per_customer')),
    weight         REAL NOT NULL CHECK (weight > 0 AND weight <= 100),
    target         REAL NOT NULL CHECK (target > 0),
    direction      TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    position       INTEGER NOT NULL,
    changed_by     TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    UNIQUE (role, period_kind, version, kpi)
);
CREATE INDEX kpi_standards_version ON kpi_standards (role, period_kind, version);

-- Shipped defaults for relationship managers (weights 20+15+20+15+10+10+10 = 100 for every
-- period kind; the count targets scale with the length of the period).
INSERT INTO kpi_standards (role, period_kind, version, effective_from, kpi, weight, target,
                           direction, position, changed_by, changed_at)
SELECT 'rm', p.kind, 1, '2020-01-01', k.kpi, k.weight,
       CASE k.per WHEN 0 THEN k.target ELSE k.target * p.months END, 'higher', k.position,
       'rmdesk', '2026-11-27T00:00:00Z'
FROM (SELECT 'month' AS kind, 1 AS months UNION ALL SELECT 'quarter', 3
      UNION ALL SELECT 'year', 12) AS p,
     (SELECT 'retention_rate' AS kpi, 20 AS weight, 90.0 AS target, 0 AS per, 1 AS position
      UNION ALL SELECT 'net_new', 15, 2.0, 1, 2
      UNION ALL SELECT 'aum_growth', 20, 0.5, 1, 3
      UNION ALL SELECT 'nps', 15, 30.0, 0, 4
      UNION ALL SELECT 'complaint_on_time', 10, 95.0, 0, 5
      UNION ALL SELECT 'review_completion', 10, 95.0, 0, 6
      UNION ALL SELECT 'interactions_per_customer', 10, 0.5, 1, 7) AS k;

-- The evaluation of a relationship manager for a period ('YYYY-MM', 'YYYY-Qn' or 'YYYY'): the
-- scorecard computed when it was created (score, rank and the per-KPI snapshot as JSON), the
-- supervisor's rating (1 does not meet … 3 meets … 5 outstanding) and comment. Signed off, it is
-- locked: the store refuses changes and the triggers below refuse them for every other writer.
CREATE TABLE evaluations (
    id                INTEGER PRIMARY KEY,
    rm_user_id        INTEGER NOT NULL REFERENCES users (id),
    branch_code       TEXT NOT NULL,
    period            TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR
                                           period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR
                                           period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    standards_version INTEGER NOT NULL,
    score             REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    rank              INTEGER,
    ranked            INTEGER NOT NULL DEFAULT 0,
    kpis              TEXT NOT NULL CHECK (json_valid(kpis)),
    rating            INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    comment           TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed_off')),
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    signed_by         TEXT,
    signed_at         TEXT,
    UNIQUE (rm_user_id, period),
    CHECK (status = 'draft' OR (rating IS NOT NULL AND signed_by IS NOT NULL AND
                                signed_at IS NOT NULL))
);
CREATE INDEX evaluations_branch ON evaluations (branch_code, period);
CREATE TRIGGER evaluations_signed_update BEFORE UPDATE ON evaluations
WHEN OLD.status = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'a signed-off evaluation cannot be changed');
END;
CREATE TRIGGER evaluations_signed_delete BEFORE DELETE ON evaluations
WHEN OLD.status = 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'a signed-off evaluation cannot be deleted');
END;

-- Supervision (7.1): a reproducible random sample of a branch's interactions and complaints of a
-- period (the seed is kept, so the same seed over the same records draws the same items), and a
-- finding per item.
CREATE TABLE spot_check_samples (
    id          INTEGER PRIMARY KEY,
    branch_code TEXT NOT NULL,
    period      TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    size        INTEGER NOT NULL CHECK (size BETWEEN 1 AND 500),
    drawn_by    TEXT NOT NULL,
    drawn_at    TEXT NOT NULL
);
CREATE INDEX spot_check_samples_branch ON spot_check_samples (branch_code, id);

CREATE TABLE spot_checks (
    id          INTEGER PRIMARY KEY,
    sample_id   INTEGER NOT NULL REFERENCES spot_check_samples (id),
    item        INTEGER NOT NULL CHECK (item >= 1),
    record_kind TEXT NOT NULL CHECK (record_kind IN ('interaction', 'complaint')),
    record_id   INTEGER NOT NULL,
    customer_id INTEGER,
    finding     TEXT CHECK (finding IS NULL OR finding IN ('ok', 'issue')),
    note        TEXT NOT NULL DEFAULT '',
    checked_by  TEXT,
    checked_at  TEXT,
    UNIQUE (sample_id, item),
    CHECK ((finding IS NULL) = (checked_at IS NULL)),
    CHECK (finding IS NOT 'issue' OR length(trim(note)) > 0)
);
CREATE INDEX spot_checks_customer ON spot_checks (customer_id) WHERE customer_id IS NOT NULL;
-- A finding, once recorded, stands: only the customer may still change (a merge moves it to the
-- survivor, a purge clears it), and the item is never deleted.
CREATE TRIGGER spot_checks_final BEFORE UPDATE ON spot_checks
WHEN OLD.finding IS NOT NULL AND (NEW.finding IS NOT OLD.finding OR NEW.note IS NOT OLD.note OR
                                  NEW.checked_by IS NOT OLD.checked_by OR
                                  NEW.checked_at IS NOT OLD.checked_at OR
                                  NEW.record_kind IS NOT OLD.record_kind OR
                                  NEW.record_id IS NOT OLD.record_id OR
                                  NEW.sample_id IS NOT OLD.sample_id OR NEW.item IS NOT OLD.item)
BEGIN
    SELECT RAISE(ABORT, 'a recorded finding cannot be changed');
END;
CREATE TRIGGER spot_checks_kept BEFORE DELETE ON spot_checks
WHEN OLD.finding IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a recorded finding cannot be deleted');
END;

-- Improvement measures (3.4, 7.4): from a spot check, a complaint's root cause or an
-- evaluation, with an owner and a due date, tracked to done. A done measure is closed.
CREATE TABLE improvement_measures (
    id            INTEGER PRIMARY KEY,
    branch_code   TEXT NOT NULL,
    title         TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    description   TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL CHECK (source IN ('spot_check', 'complaint', 'evaluation',
                                                  'other')),
    source_id     INTEGER,
    owner_user_id INTEGER NOT NULL REFERENCES users (id),
    due_on        TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    done_at       TEXT,
    done_note     TEXT,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((status = 'done') = (done_at IS NOT NULL)),
    CHECK (status <> 'done' OR length(trim(done_note)) > 0)
);
CREATE INDEX improvement_measures_open ON improvement_measures (status, due_on);
CREATE INDEX improvement_measures_branch ON improvement_measures (branch_code, status);
CREATE TRIGGER improvement_measures_done BEFORE UPDATE ON improvement_measures
WHEN OLD.status = 'done'
BEGIN
    SELECT RAISE(ABORT, 'a completed improvement measure cannot be changed');
END;

-- Month-end AUM and active customers (total balance above zero) per branch and RM (0: none), a
-- derived cache of holdings for the AUM-growth and interactions-per-customer KPIs: a complete
-- month is summed once (one pass over that month's holdings) and summed again when the
-- retention cube has been rebuilt since (cube_built_at), i.e. after every stage run.
CREATE TABLE assessment_aum (
    month       TEXT NOT NULL,
    branch_code TEXT NOT NULL,
    rm_user_id  INTEGER NOT NULL,
    aum_fen     INTEGER NOT NULL,
    customers   INTEGER NOT NULL,
    PRIMARY KEY (month, branch_code, rm_user_id)
) WITHOUT ROWID;
CREATE TABLE assessment_aum_months (
    month         TEXT PRIMARY KEY NOT NULL,
    cube_built_at TEXT NOT NULL,
    built_at      TEXT NOT NULL
) WITHOUT ROWID;
