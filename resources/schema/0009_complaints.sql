-- RM Desk schema 9: complaint handling with its regulatory clock (specification 3.3, 3.4 and 6.3;
-- the complaint_clock rules). Kept by models/stores/complaintstore.cpp; the clock itself is
-- computed by models/domain/complaintclock.cpp from the events of complaint_events.

-- One complaint. Its scope is its customer's RM and branch; a complainant who is not a customer
-- (name and contact, no customer id) belongs to the branch that received it and the user who
-- took it. due_on and paused_since are kept from the events on every change, so lists can filter
-- and sort by them; they are never edited by hand.
CREATE TABLE complaints (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER REFERENCES customers (id),
    complainant_name    TEXT,
    complainant_contact TEXT,
    branch_code         TEXT NOT NULL REFERENCES branches (code), -- the branch that received it
    taken_by_user_id    INTEGER NOT NULL REFERENCES users (id),
    taken_by            TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (length(channel) > 0),
    category            TEXT NOT NULL CHECK (length(category) > 0),
    amount_fen          INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    severity            TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    summary             TEXT NOT NULL CHECK (length(summary) > 0),
    received_at         TEXT NOT NULL, -- local wall clock: YYYY-MM-DD or YYYY-MM-DDTHH:MM
    received_on         TEXT NOT NULL CHECK (received_on = substr(received_at, 1, 10)),
    group_size          INTEGER CHECK (group_size IS NULL OR group_size >= 2),
    representatives     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(representatives)),
    -- The complaint_clock version in force on the day of receipt, and its periods in days.
    clock_version       INTEGER NOT NULL,
    decision_days       INTEGER NOT NULL CHECK (decision_days > 0),
    extended_days       INTEGER NOT NULL CHECK (extended_days >= decision_days),
    approved_days       INTEGER NOT NULL CHECK (approved_days >= extended_days),
    status              TEXT NOT NULL DEFAULT 'received'
                        CHECK (status IN ('received', 'accepted', 'investigating', 'decided',
                                          'closed', 'withdrawn', 'merged', 'reopened')),
    due_on              TEXT,          -- NULL while the clock is paused or has ended
    paused_since        TEXT,          -- an open pause for external appraisal or testing
    decision            TEXT,
    decided_on          TEXT,
    closed_on           TEXT,
    withdrawn_on        TEXT,
    merged_into         INTEGER REFERENCES complaints (id),
    merged_on           TEXT,
    response            TEXT CHECK (response IN ('accepted', 'disputed')),
    response_on         TEXT,
    dispute_referral    TEXT CHECK (dispute_referral IN ('mediation', 'arbitration', 'litigation')),
    dispute_body        TEXT,
    dispute_referred_on TEXT,
    dispute_outcome     TEXT,
    dispute_outcome_on  TEXT,
    root_cause          TEXT,
    root_cause_note     TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK ((customer_id IS NULL) = (complainant_name IS NOT NULL))
);
CREATE INDEX complaints_customer ON complaints (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX complaints_branch_open ON complaints (branch_code, status, due_on);
CREATE INDEX complaints_taker ON complaints (taken_by_user_id, status);
CREATE INDEX complaints_due ON complaints (status, due_on);
CREATE INDEX complaints_cause ON complaints (root_cause, received_on) WHERE root_cause IS NOT NULL;
CREATE INDEX complaints_merged_into ON complaints (merged_into) WHERE merged_into IS NOT NULL;

-- The timeline: every transition and record, in the order it was made. `on_date` is the day the
-- event took effect (a pause's first day, the day the clock resumed, the decision day …), `at`
-- when it was recorded. The clock is computed from these rows.
CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN (
                     'opened', 'accepted', 'investigating', 'extended', 'paused', 'resumed',
                     'new_facts', 'notified', 'decided', 'responded', 'dispute_referred',
                     'dispute_outcome', 'closed', 'withdrawn', 'merged', 'repeat_merged',
                     'reopened', 'cause_set', 'action_added', 'action_done')),
    on_date      TEXT,
    days         INTEGER,
    text         TEXT NOT NULL DEFAULT '',
    details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, id);

-- Improvement actions that come out of a complaint's root cause (specification 3.4), tracked
-- until done.
CREATE TABLE complaint_actions (
    id            INTEGER PRIMARY KEY,
    complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
    description   TEXT NOT NULL CHECK (length(description) > 0),
    owner_user_id INTEGER NOT NULL REFERENCES users (id),
    due_on        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_on       TEXT,
    done_note     TEXT,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX complaint_actions_complaint ON complaint_actions (complaint_id, id);
CREATE INDEX complaint_actions_open ON complaint_actions (status, due_on);

-- Configurable lists, versioned like every rule (ids 10-19 are complaint handling's). A key is
-- what is stored and typed on the command line; the value is its English name, shown translated
-- for the shipped keys and as it is for keys added later.
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (10, 'complaint_categories', 1, '2020-03-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '银行业保险业消费投诉处理管理办法 (2020)'),
    (11, 'complaint_root_causes', 1, '2020-03-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 3.4'),
    (12, 'complaint_channels', 1, '2020-03-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '银行业保险业消费投诉处理管理办法 (2020)'),
    (13, 'complaint_escalation', 1, '2020-03-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 3.3');

INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (10, 'sales_conduct', 'Sales conduct and mis-selling', 1),
    (10, 'fees', 'Fees and charges', 2),
    (10, 'service_quality', 'Service attitude and quality', 3),
    (10, 'account', 'Accounts and deposits', 4),
    (10, 'card', 'Bank cards', 5),
    (10, 'loan', 'Loans and credit', 6),
    (10, 'wealth', 'Wealth management and funds', 7),
    (10, 'insurance', 'Insurance sold by the bank', 8),
    (10, 'payment', 'Payments and transfers', 9),
    (10, 'privacy', 'Personal information', 10),
    (10, 'debt_collection', 'Debt collection', 11),
    (10, 'other', 'Other', 12),
    (11, 'process_design', 'Process design', 1),
    (11, 'staff_conduct', 'Staff conduct or skills', 2),
    (11, 'product_design', 'Product design or terms', 3),
    (11, 'disclosure', 'Information not disclosed clearly', 4),
    (11, 'system_failure', 'System failure', 5),
    (11, 'third_party', 'Third party or partner', 6),
    (11, 'misunderstanding', 'Customer misunderstanding', 7),
    (11, 'other', 'Other', 8),
    (12, 'counter', 'Branch counter', 1),
    (12, 'phone', 'Phone', 2),
    (12, 'letter', 'Letter', 3),
    (12, 'online', 'Online banking or app', 4),
    (12, 'wechat', 'WeChat', 5),
    (12, 'email', 'Email', 6),
    (12, 'regulator', 'Forwarded by the regulator', 7),
    (12, 'other', 'Other', 8),
    (13, 'warning_days', '3', 1);
