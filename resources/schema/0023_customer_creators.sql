-- RM Desk schema 23: who added each customer.
--
-- The four-eyes rule of a rejected identity change (nobody restores values they wrote
-- themselves) looked for who added a customer in the audit trail's customer.add row. An import
-- writes one audit row of counts, so for imported customers nobody was known, and the person who
-- imported a customer could restore a value they had brought in. Now every customer keeps who
-- added it: the person who entered it, imported it, or (in a demo) the RM it was generated for.
ALTER TABLE customers ADD COLUMN created_by_id INTEGER REFERENCES users (id);

-- Customers added one by one before this schema: from their customer.add audit row (an import
-- wrote none per customer, so those stay unknown).
UPDATE customers
SET created_by_id = (
    SELECT u.id
    FROM audit_log a
    JOIN users u ON u.name = a.user_name
    WHERE a.action = 'customer.add' AND a.entity = 'customer'
      AND a.entity_id = CAST(customers.id AS TEXT)
    ORDER BY a.id
    LIMIT 1)
WHERE id IN (SELECT CAST(entity_id AS INTEGER) FROM audit_log
             WHERE action = 'customer.add' AND entity = 'customer');
