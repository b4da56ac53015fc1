-- RM Desk schema 24: the RM in charge of a customer in each past month.
--
-- The retention figures and the AUM figures of the scorecards counted every month of a customer
-- under the RM in charge today: an RM who took a customer over in November was credited with its
-- October, and the RM who held it then lost it from their past months. Every change of RM is a
-- customer_changes row (field 'rm', the old and the new RM's user name, when); the cube rebuild
-- reads them in customer order through this index, and counts each month of retention_months
-- under the RM in charge at its end (a cohort of retention_cube stays with the RM who had its
-- customers in their first month).
CREATE INDEX customer_changes_rm ON customer_changes (customer_id, id) WHERE field = 'rm';

-- The month-end AUM of the month's active customers, by the same RM. The dashboards read it from
-- the cube's rows of twelve months later (aum_then_fen), which name the RM of that later month.
ALTER TABLE retention_months ADD COLUMN aum_fen INTEGER NOT NULL DEFAULT 0;

-- A cube built before this schema counted every month under today's RM; its AUM, the same way,
-- until the next stage run builds it again.
UPDATE retention_months
SET aum_fen = a.fen
FROM (SELECT month - 12 AS month, branch_code, rm_user_id, segment, sum(aum_then_fen) AS fen
      FROM retention_cube
      GROUP BY 1, 2, 3, 4) AS a
WHERE a.month = retention_months.month
  AND a.branch_code = retention_months.branch_code
  AND a.rm_user_id = retention_months.rm_user_id
  AND a.segment = retention_months.segment;
