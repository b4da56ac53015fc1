-- RM Desk schema 6: what keeps a million-customer list instant to sort and filter (ARCHITECTURE
-- decision 4), and where a relationship ends (specification 1.3: records kept 10 years after).

-- Assets under management in fen: the holdings of the latest month on file; kept by
-- CustomerStore::refreshTiers and the demo loader, so the list can sort by it.
ALTER TABLE customers ADD COLUMN aum_fen INTEGER NOT NULL DEFAULT 0;
-- A relationship that has ended stays on file (never hard-deleted within retention).
ALTER TABLE customers ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'ended'));
ALTER TABLE customers ADD COLUMN relationship_ended_on TEXT;
ALTER TABLE customers ADD COLUMN end_reason TEXT;

UPDATE customers SET aum_fen = coalesce((
    SELECT sum(h.balance_fen) FROM holdings h
    WHERE h.customer_id = customers.id AND h.month = (SELECT max(month) FROM holdings)), 0);

-- One index per sort order; the row id (the customer number) breaks ties, so every order is total
-- and a page can start right after the last row of the one before (keyset paging).
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_created ON customers (created_at);
CREATE INDEX customers_aum ON customers (aum_fen);
CREATE INDEX customers_tier_rank ON customers (
    (CASE tier WHEN 'mass' THEN 1 WHEN 'affluent' THEN 2 WHEN 'private' THEN 3 ELSE 0 END));
-- next_review_due already has customers_review. The customer number is the row id; an index of
-- it alone lets a jump to the middle of the list count rows past without reading them.
CREATE INDEX customers_number ON customers (id);
-- The same orders within a branch, for supervisors and branch filters: a page anywhere in a
-- branch's list, even a jump to its middle, is read from one index.
CREATE INDEX customers_branch_name ON customers (branch_code, name);
CREATE INDEX customers_branch_created ON customers (branch_code, created_at);
CREATE INDEX customers_branch_aum ON customers (branch_code, aum_fen);
CREATE INDEX customers_branch_tier_rank ON customers (branch_code,
    (CASE tier WHEN 'mass' THEN 1 WHEN 'affluent' THEN 2 WHEN 'private' THEN 3 ELSE 0 END));
CREATE INDEX customers_branch_review ON customers (branch_code, next_review_due);
-- And within one relationship manager's book, the list they open every morning.
CREATE INDEX customers_rm_name ON customers (rm_user_id, name);
CREATE INDEX customers_rm_created ON customers (rm_user_id, created_at);
CREATE INDEX customers_rm_aum ON customers (rm_user_id, aum_fen);
CREATE INDEX customers_rm_tier_rank ON customers (rm_user_id,
    (CASE tier WHEN 'mass' THEN 1 WHEN 'affluent' THEN 2 WHEN 'private' THEN 3 ELSE 0 END));
CREATE INDEX customers_rm_review ON customers (rm_user_id, next_review_due);

-- Filters that are not sorts.
CREATE INDEX customers_tier ON customers (tier);
CREATE INDEX customers_stage ON customers (lifecycle_stage);
CREATE INDEX customers_risk ON customers (risk_level);
CREATE INDEX customers_status ON customers (status, relationship_ended_on);
-- "Who viewed" on the 360 view: the audit rows of one customer.
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
