-- RM Desk schema 8: service records, follow-ups and tasks (specification 3.1, 3.2 and 4.2). Kept by
-- models/stores/interactionstore.cpp and models/stores/taskstore.cpp; read by models/stores/agenda.cpp
-- and models/stores/servicestats.cpp.
-- Reviews due and identity documents about to expire are not copied into tasks: the agenda derives
-- them from customers.next_review_due and customers.id_expiry, so they follow the customer's data.

-- One contact with a customer. A matter is one request or issue of the customer: its first
-- interaction starts it (matter_id = its own id), later interactions about the same request continue
-- it (matter_id = the first one's id). See models/domain/servicemetrics.h.
CREATE TABLE interactions (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id),
    matter_id      INTEGER NOT NULL,
    at             TEXT NOT NULL, -- when the contact happened (UTC, ISO 8601)
    user_id        INTEGER NOT NULL REFERENCES users (id),
    user_name      TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'branch', 'online_banking',
                                                    'wechat', 'letter')),
    purpose        TEXT NOT NULL CHECK (purpose IN ('service_request', 'product_advice',
                                                    'periodic_review', 'relationship_care',
                                                    'complaint_follow_up', 'other')),
    summary        TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
    outcome        TEXT NOT NULL CHECK (outcome IN ('resolved', 'pending', 'referred',
                                                    'not_reached')),
    next_follow_up TEXT CHECK (next_follow_up IS NULL OR
                               next_follow_up GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recorded_at    TEXT NOT NULL
);
-- A customer's timeline, newest first; a matter's interactions in order; the period of a report.
CREATE INDEX interactions_customer ON interactions (customer_id, at);
CREATE INDEX interactions_matter ON interactions (matter_id, at);
CREATE INDEX interactions_at ON interactions (at);

-- Products discussed (codes from the products table).
CREATE TABLE interaction_products (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id),
    product_code   TEXT NOT NULL REFERENCES products (code),
    PRIMARY KEY (interaction_id, product_code)
) WITHOUT ROWID;
CREATE INDEX interaction_products_product ON interaction_products (product_code);

-- Follow-ups (made by an interaction's next follow-up date) and manual tasks, each assigned to one
-- user. branch_code is the customer's branch (or the assignee's for a task without a customer): a
-- supervisor sees and reassigns the tasks of their branch.
CREATE TABLE tasks (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('follow_up', 'manual')),
    customer_id         INTEGER REFERENCES customers (id),
    interaction_id      INTEGER REFERENCES interactions (id), -- the interaction that asked for it
    title               TEXT NOT NULL DEFAULT '',
    branch_code         TEXT NOT NULL,
    due_on              TEXT NOT NULL CHECK (due_on GLOB
                                             '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    assigned_to         INTEGER NOT NULL REFERENCES users (id),
    status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    snoozed_until       TEXT, -- shown again on this date; due_on stays the commitment
    snooze_reason       TEXT,
    done_at             TEXT,
    done_by             TEXT,
    done_interaction_id INTEGER REFERENCES interactions (id), -- the contact that completed it
    created_by          TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (kind = 'follow_up' OR length(title) > 0),
    CHECK (interaction_id IS NULL OR customer_id IS NOT NULL),
    CHECK ((status = 'done') = (done_at IS NOT NULL))
);
-- "My tasks by due date" (a snoozed task by the day it comes back), a branch's open tasks, a
-- customer's tasks, a matter's open follow-ups, and the follow-ups due in a report's period.
CREATE INDEX tasks_assignee_due ON tasks (assigned_to, status, coalesce(snoozed_until, due_on));
CREATE INDEX tasks_branch_due ON tasks (branch_code, status, coalesce(snoozed_until, due_on));
CREATE INDEX tasks_customer ON tasks (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX tasks_interaction ON tasks (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE INDEX tasks_follow_up_due ON tasks (kind, due_on);

-- Service standards (specification 3.2): response targets and the windows of "My day".
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (20, 'service_standards', 1, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 3.2');
INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (20, 'follow_up_days', '3', 1),
    (20, 'callback_hours', '24', 2),
    (20, 'max_snooze_days', '14', 3),
    (20, 'upcoming_days', '7', 4),
    (20, 'document_expiry_notice_days', '30', 5),
    (20, 'on_time_follow_up_target_percent', '90', 6),
    (20, 'first_contact_resolution_target_percent', '70', 7);
