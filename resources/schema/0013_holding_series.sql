-- RM Desk schema 13: month-end holdings stored as one row per customer and product (issue 9).
-- A million customers with three years of history were 60 million rows of four small values
-- (and as many again in the month index), too many to write, index or scan in the time a bank
-- expects; as series they are under two million rows. `holdings` stays as a view with the same
-- columns, so ad-hoc SQL and small writes keep working; the hot paths (the retention pass, the
-- assessment months, the demo loader) read and write holding_series directly through
-- models/stores/holdingseries.h.

-- balances: a JSON object of month ("YYYY-MM") → balance in fen, each an integer ≥ 0; months in
-- ascending order when written by HoldingSeries::encode (readers must not rely on the order).
CREATE TABLE holding_series (
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    product_code TEXT NOT NULL REFERENCES products (code),
    balances     TEXT NOT NULL CHECK (json_valid(balances)),
    PRIMARY KEY (customer_id, product_code)
) WITHOUT ROWID;

INSERT INTO holding_series (customer_id, product_code, balances)
SELECT customer_id, product_code, json_group_object(month, balance_fen)
FROM (SELECT customer_id, product_code, month, balance_fen FROM holdings
      ORDER BY customer_id, product_code, month)
GROUP BY customer_id, product_code;

DROP TABLE holdings;

CREATE VIEW holdings (customer_id, product_code, month, balance_fen) AS
SELECT s.customer_id, s.product_code, j.key, j.value
FROM holding_series s, json_each(s.balances) j;

-- Writes through the view keep the rules of the old table: a month like 2026-10, a whole
-- number of fen not below zero, one balance per customer, product and month.
CREATE TRIGGER holdings_insert INSTEAD OF INSERT ON holdings
BEGIN
    SELECT RAISE(ABORT, 'holdings: the month must look like 2026-10')
    WHERE NEW.month IS NULL OR NOT (NEW.month GLOB '[0-9][0-9][0-9][0-9]-0[1-9]' OR
                                    NEW.month GLOB '[0-9][0-9][0-9][0-9]-1[0-2]');
    SELECT RAISE(ABORT, 'holdings: the balance must be a whole number of fen, not below zero')
    WHERE typeof(NEW.balance_fen) != 'integer' OR NEW.balance_fen < 0;
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: holdings.customer_id, holdings.product_code, holdings.month')
    WHERE EXISTS (SELECT 1 FROM holding_series
                  WHERE customer_id = NEW.customer_id AND product_code = NEW.product_code
                    AND json_type(balances, '$."' || NEW.month || '"') IS NOT NULL);
    INSERT INTO holding_series (customer_id, product_code, balances)
    VALUES (NEW.customer_id, NEW.product_code, json_object(NEW.month, NEW.balance_fen))
    ON CONFLICT (customer_id, product_code) DO UPDATE
    SET balances = json_set(balances, '$."' || NEW.month || '"', NEW.balance_fen);
END;

CREATE TRIGGER holdings_delete INSTEAD OF DELETE ON holdings
BEGIN
    UPDATE holding_series SET balances = json_remove(balances, '$."' || OLD.month || '"')
    WHERE customer_id = OLD.customer_id AND product_code = OLD.product_code;
    DELETE FROM holding_series
    WHERE customer_id = OLD.customer_id AND product_code = OLD.product_code AND balances = '{}';
END;

CREATE TRIGGER holdings_update INSTEAD OF UPDATE ON holdings
BEGIN
    DELETE FROM holdings WHERE customer_id = OLD.customer_id AND product_code = OLD.product_code
                           AND month = OLD.month;
    INSERT INTO holdings (customer_id, product_code, month, balance_fen)
    VALUES (NEW.customer_id, NEW.product_code, NEW.month, NEW.balance_fen);
END;

-- Three years of history make the retention cube (schema 11) some forty times as many rows per
-- month as cohorts: reading a year of it for a dashboard took a second. The same sums without
-- the cohort, for the series (RetentionStore::series, seriesBy) and the scorecards; the cube
-- stays for the cohort figures. Rebuilt with the cube by RetentionStore::CubeBuilder.
CREATE TABLE retention_months (
    month         INTEGER NOT NULL,
    branch_code   TEXT NOT NULL,
    rm_user_id    INTEGER NOT NULL,
    segment       TEXT NOT NULL,
    active        INTEGER NOT NULL,
    new_customers INTEGER NOT NULL,
    won_back      INTEGER NOT NULL,
    churned       INTEGER NOT NULL,
    active_before INTEGER NOT NULL,
    base12        INTEGER NOT NULL,
    kept12        INTEGER NOT NULL,
    aum_then_fen  INTEGER NOT NULL,
    aum_now_fen   INTEGER NOT NULL,
    PRIMARY KEY (month, branch_code, rm_user_id, segment)
) WITHOUT ROWID;
CREATE INDEX retention_months_branch ON retention_months (branch_code, month);
CREATE INDEX retention_months_rm ON retention_months (rm_user_id, month);

INSERT INTO retention_months
SELECT month, branch_code, rm_user_id, segment, sum(active), sum(new_customers), sum(won_back),
       sum(churned), sum(active_before), sum(base12), sum(kept12), sum(aum_then_fen),
       sum(aum_now_fen)
FROM retention_cube GROUP BY month, branch_code, rm_user_id, segment;
