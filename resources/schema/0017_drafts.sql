-- RM Desk schema 17: drafts of every unfinished form, not only of customer edits (UI: "an idle
-- lock or a crash keeps a draft that is offered back"). An interaction, a complaint, a step on a
-- complaint or a survey response half typed when the session locked was lost.
--
-- A draft is its user's own, kept inside the encrypted file. `form` and `form_key` say which
-- form it was opened as ("interaction" for customer 12; "complaint-step:extend" on complaint 7),
-- so that opening that form again offers it back; `customer_id` is the customer it is about (the
-- one chosen in the form, which may differ from the one it was opened for), so that a purge or a
-- merge takes it away with the customer's other records.
CREATE TABLE drafts (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    form        TEXT NOT NULL CHECK (length(form) > 0),
    form_key    INTEGER NOT NULL DEFAULT 0,
    customer_id INTEGER,
    body        TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (user_id, form, form_key)
) WITHOUT ROWID;
CREATE INDEX drafts_customer ON drafts (customer_id) WHERE customer_id IS NOT NULL;

INSERT INTO drafts (user_id, form, form_key, customer_id, body, saved_at)
    SELECT user_id, 'customer', customer_id, nullif(customer_id, 0), form, saved_at
    FROM customer_drafts;
DROP TABLE customer_drafts;
