-- RM Desk schema 11: customer lifecycle stages (specification 4.4) and the retention figures the
-- dashboards read. Kept by models/stores/lifecyclestore.cpp and models/stores/retentionstore.cpp;
-- the stages and rules are models/domain/lifecyclerules.h.
-- Customer ids are not foreign keys here (as in schema 7): merges move a customer's transitions
-- to the survivor and purges delete them explicitly.

-- The stored codes become those of LifecycleRules::stages(): "new" is now "onboarding", "lost"
-- is "churned", and "won_back" is added. Old change records keep the words they were written
-- with (their labels still show).
UPDATE customers SET lifecycle_stage = 'onboarding' WHERE lifecycle_stage = 'new';
UPDATE customers SET lifecycle_stage = 'churned' WHERE lifecycle_stage = 'lost';
-- The column's default is still 'new' (SQLite cannot change a default without rebuilding a table
-- of a million rows): a row inserted without a stage is a prospect (CustomerFields::normalise
-- says so itself; this catches every other writer).
CREATE TRIGGER customers_stage_default AFTER INSERT ON customers
WHEN NEW.lifecycle_stage IN ('new', 'lost')
BEGIN
    UPDATE customers
    SET lifecycle_stage = CASE NEW.lifecycle_stage WHEN 'new' THEN 'prospect' ELSE 'churned' END
    WHERE id = NEW.id;
END;

-- Every change of a customer's stage: by the monthly rules (month = the month assessed,
-- effective_on its last day) or by hand (source 'override', with a reason; month = the month of
-- effective_on, the day it was set).
CREATE TABLE stage_transitions (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL,
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    effective_on TEXT NOT NULL CHECK (effective_on GLOB
                                      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    from_stage   TEXT NOT NULL,
    to_stage     TEXT NOT NULL CHECK (to_stage IN ('prospect', 'onboarding', 'growing', 'mature',
                                                   'declining', 'dormant', 'churned',
                                                   'won_back')),
    source       TEXT NOT NULL CHECK (source IN ('rules', 'override')),
    reason       TEXT,
    user_name    TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    CHECK (source = 'rules' OR length(trim(reason)) > 0)
);
-- A customer's history, and the stage in force before a month (the monthly run reads it in
-- customer order).
CREATE INDEX stage_transitions_customer ON stage_transitions (customer_id, month, id);
CREATE INDEX stage_transitions_month ON stage_transitions (month);

-- The override in force for a customer (at most one; a newer one replaces it, the transitions
-- keep them all). It holds for the monthly runs of from_month - 1 (the month just completed when
-- it was set, so a late run does not undo it) through until_month = from_month +
-- override_months - 1; after that the rules assign the stage again, starting from this one.
CREATE TABLE stage_overrides (
    customer_id   INTEGER PRIMARY KEY,
    stage         TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    set_by        TEXT NOT NULL,
    set_at        TEXT NOT NULL,
    from_month    TEXT NOT NULL,
    until_month   TEXT NOT NULL,
    transition_id INTEGER NOT NULL REFERENCES stage_transitions (id),
    CHECK (until_month >= from_month)
);
CREATE INDEX stage_overrides_until ON stage_overrides (until_month);

-- The months the rules have assessed. Runs go forward: a month earlier than the latest is refused.
CREATE TABLE stage_runs (
    month     TEXT PRIMARY KEY NOT NULL,
    run_at    TEXT NOT NULL,
    run_by    TEXT NOT NULL,
    customers INTEGER NOT NULL,
    changed   INTEGER NOT NULL,
    counts    TEXT NOT NULL CHECK (json_valid(counts)) -- stage → customers in it
) WITHOUT ROWID;

-- Retention figures summed per month, first active month (cohort), branch, RM (0: none) and
-- segment (tier), so a dashboard adds up a few thousand rows instead of reading twelve million
-- customer-months. Rebuilt as a whole from holdings by every stage run (and on demand); each
-- column is the sum over the group of what RetentionMetrics::month counts per customer
-- (see models/stores/retentionstore.h). Months are month indexes (year * 12 + month - 1).
CREATE TABLE retention_cube (
    month         INTEGER NOT NULL,
    cohort        INTEGER NOT NULL,
    branch_code   TEXT NOT NULL,
    rm_user_id    INTEGER NOT NULL,
    segment       TEXT NOT NULL,
    active        INTEGER NOT NULL,
    new_customers INTEGER NOT NULL,
    won_back      INTEGER NOT NULL,
    churned       INTEGER NOT NULL,
    active_before INTEGER NOT NULL,
    base12        INTEGER NOT NULL,
    kept12        INTEGER NOT NULL,
    aum_then_fen  INTEGER NOT NULL,
    aum_now_fen   INTEGER NOT NULL,
    PRIMARY KEY (month, cohort, branch_code, rm_user_id, segment)
) WITHOUT ROWID;
CREATE INDEX retention_cube_branch ON retention_cube (branch_code, month);
CREATE INDEX retention_cube_rm ON retention_cube (rm_user_id, month);

-- When the cube was last built, and from how many customers.
CREATE TABLE retention_cube_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    built_at  TEXT NOT NULL,
    customers INTEGER NOT NULL
);

-- Thresholds of the monthly assignment (LifecycleThresholds) and how long an override holds.
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (31, 'lifecycle', 1, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 4.4');
INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (31, 'onboarding_months', '3', 1),
    (31, 'trend_months', '3', 2),
    (31, 'growing_pct', '10', 3),
    (31, 'declining_pct', '-10', 4),
    (31, 'dormant_months', '6', 5),
    (31, 'churned_months', '12', 6),
    (31, 'won_back_months', '3', 7),
    (31, 'override_months', '3', 8);
