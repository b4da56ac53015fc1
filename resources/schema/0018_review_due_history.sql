-- RM Desk schema 18: when each customer's next review was due, as the book stood on any past day.
--
-- The assessment KPI "reviews not overdue" for a past period counted the customers whose review
-- date *today* was on or after the period's last day. A customer overdue then and reviewed since
-- counted as not overdue, so a past quarter's figure rose with every later review. With this
-- table the date as it stood on day D is the old value of the first change made after D, or the
-- current one when nothing changed since.
--
-- Every writer of next_review_due is covered (an edit of the AML risk, a review, an import that
-- updates a customer, a merge) because the trigger, not the writer, keeps the row. The day is the
-- local day the change was made, so a past figure is what the dashboard showed on that day. The
-- dates are not personal data; a purge or a merge takes the rows away with the customer.
CREATE TABLE review_due_changes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    changed_on  TEXT NOT NULL,
    old_due     TEXT
);
CREATE INDEX review_due_changes_day ON review_due_changes (changed_on, customer_id);
CREATE INDEX review_due_changes_customer ON review_due_changes (customer_id, changed_on);

CREATE TRIGGER customers_review_due_history AFTER UPDATE OF next_review_due ON customers
WHEN OLD.next_review_due IS NOT NEW.next_review_due
BEGIN
    INSERT INTO review_due_changes (customer_id, changed_on, old_due)
    VALUES (OLD.id, date('now', 'localtime'), OLD.next_review_due);
END;

