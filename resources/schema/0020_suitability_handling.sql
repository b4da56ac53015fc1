-- RM Desk schema 20: how product advice that did not suit the investor was handled.
--
-- Investor suitability (证券期货投资者适当性管理办法): a product above the investor's risk level
-- may be offered only at their insistence, with a special risk warning they confirm; never above
-- R1 to a C1 investor; nothing without a valid assessment. Product advice kept only a warning in
-- the audit trail. Now each such interaction records the verdict as it stood that day and how it
-- was handled: 'insisted' (the warning given and confirmed) or 'declined' (the investor told the
-- products do not suit; none offered). Advice that suited keeps both NULL.
-- (OR chains, not IN lists: see schema 15.)
ALTER TABLE interactions ADD COLUMN suitability TEXT
    CHECK (suitability = 'not_assessed' OR suitability = 'expired' OR
           suitability = 'above_level' OR suitability = 'never_for_c1');
ALTER TABLE interactions ADD COLUMN suitability_handling TEXT
    CHECK (suitability_handling = 'insisted' OR suitability_handling = 'declined');
