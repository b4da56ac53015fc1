-- RM Desk schema 21: a second person checks every identity change against its proof.
--
-- Specification 2.2: a responsible department (customer management or compliance) reviews
-- changes of customer information, which need proof documents. An RM changes a name, an ID
-- document, a birth date or a gender at the counter with the proof in hand, and the change takes
-- effect at once; it is then checked by someone else: a supervisor of the customer's branch or a
-- compliance officer, never the person who made it. Confirming closes the check; rejecting it
-- restores the identity fields the change set, as a change of its own, unless one of them has
-- changed again since (restored = 0: the profile is then corrected by hand). A merge closes the
-- absorbed record's pending checks ('superseded'): its values were compared by the merge's
-- approver, and they no longer belong to a record of their own.
-- (OR chains, not IN lists: see schema 15.)
CREATE TABLE change_checks (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    changed_at    TEXT NOT NULL,
    changed_by_id INTEGER NOT NULL REFERENCES users (id),
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status = 'pending' OR status = 'confirmed' OR status = 'rejected' OR
                         status = 'superseded'),
    checked_by_id INTEGER REFERENCES users (id),
    checked_at    TEXT,
    note          TEXT,
    restored      INTEGER CHECK (restored = 0 OR restored = 1),
    CHECK ((status = 'pending') = (checked_by_id IS NULL)),
    CHECK (status <> 'rejected' OR (length(note) > 0 AND restored IS NOT NULL))
);
-- The queue, oldest first, and a customer's checks.
CREATE INDEX change_checks_pending ON change_checks (status, changed_at);
CREATE INDEX change_checks_customer ON change_checks (customer_id, id);

-- The field changes of the edit a check covers.
ALTER TABLE customer_changes ADD COLUMN check_id INTEGER REFERENCES change_checks (id);
CREATE INDEX customer_changes_check ON customer_changes (check_id) WHERE check_id IS NOT NULL;

-- How many days a check may wait (the institution's own standard under specification 2.2;
-- editable as a rule set like the others). A check still waiting after them is late.
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (40, 'change_check', 1, '2026-01-01', 'rmdesk', '2026-11-29T00:00:00Z',
     '金融服务机构客户关系管理规范 2.2');
INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (40, 'check_within_days', '5', 1);
