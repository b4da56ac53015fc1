-- RM Desk schema 22: which version of a rule set the stored data was last brought in line with.
--
-- Customers' tiers are stored (lists sort and filter by them) and follow the customer_tiers
-- thresholds. A new version of the thresholds used to change no tier until someone ran
-- `customer tiers` or imported balances. Now the version last applied is kept here, and tiers
-- are set again from each customer's AUM when another version is in force: at once when an
-- administrator publishes one effective today, else by the next monthly stage run.
CREATE TABLE rule_applications (
    rule_set   TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    applied_at TEXT NOT NULL
);
-- No row yet: the first stage run or tiers publication brings every tier in line once (a version
-- that came into force before this schema moved no tier), writing only those that differ.
