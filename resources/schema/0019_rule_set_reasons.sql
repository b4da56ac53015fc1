-- RM Desk schema 19: why a rule set changed.
--
-- New versions of rule sets are published from RM Desk itself (RuleStore::publish, the overview
-- page, "rmdesk-cli rules set"). Each keeps, beside who changed it and when, the reason given, so
-- that the rules of any past day can be explained from the table alone. Shipped versions carry
-- none. Versions published from RM Desk take ids from 1000 on, clear of the ids later schema
-- versions give the rule sets they ship.
ALTER TABLE rule_sets ADD COLUMN reason TEXT NOT NULL DEFAULT '';
