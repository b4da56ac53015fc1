-- RM Desk schema 24: the RM in charge of a customer in each past month.
--
-- The retention cube and the AUM figures of the scorecards counted every month of a customer under
-- the RM in charge today: an RM who took a customer over in November was credited with its
-- October, and the RM who held it then lost it from their past months. Every change of RM is a
-- customer_changes row (field 'rm', the old and the new RM's user name, when); the cube rebuild
-- now reads them in customer order through this index, and counts each month under the RM in
-- charge at its end.
CREATE INDEX customer_changes_rm ON customer_changes (customer_id, id) WHERE field = 'rm';
