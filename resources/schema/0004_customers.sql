-- RM Desk schema 4: customer profiles with their change history, periodic reviews, consents,
-- products and holdings, and drafts of unfinished edits (specification ch. 1.4 and 2).
-- Only the fields of the catalogue (models/domain/customerfields.cpp) are stored; C3 data never.

CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    type               TEXT NOT NULL CHECK (type IN ('individual', 'institution')),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    gender             TEXT CHECK (gender IN ('male', 'female')),
    birth_date         TEXT,
    id_type            TEXT CHECK (id_type IN ('resident_id', 'passport', 'hk_macau_permit',
                                               'taiwan_permit', 'foreign_permanent', 'uscc')),
    id_number          TEXT UNIQUE, -- normalised; one customer per document
    id_issuer          TEXT,
    id_expiry          TEXT,
    mobile             TEXT,
    phones             TEXT,
    email              TEXT,
    address            TEXT,
    occupation         TEXT,
    employer           TEXT,
    legal_rep          TEXT,
    contacts           TEXT,
    industry           TEXT,
    registered_address TEXT,
    risk_level         TEXT CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
    risk_assessed_on   TEXT,
    risk_expires_on    TEXT,
    aml_risk           TEXT NOT NULL DEFAULT 'low' CHECK (aml_risk IN ('low', 'medium', 'high')),
    tier               TEXT NOT NULL DEFAULT 'mass',
    branch_code        TEXT NOT NULL REFERENCES branches (code),
    rm_user_id         INTEGER REFERENCES users (id),
    lifecycle_stage    TEXT NOT NULL DEFAULT 'new',
    tags               TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    next_review_due    TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE INDEX customers_branch ON customers (branch_code, id);
CREATE INDEX customers_rm ON customers (rm_user_id, id);
CREATE INDEX customers_review ON customers (next_review_due);
CREATE INDEX customers_id_expiry ON customers (id_expiry) WHERE id_expiry IS NOT NULL;

-- Every change of a field: old and new value, who, when, why, and the proof for identity fields.
CREATE TABLE customer_changes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    proof_type  TEXT,
    proof_ref   TEXT
);
CREATE INDEX customer_changes_customer ON customer_changes (customer_id, id);

-- Periodic verification (specification 2.2).
CREATE TABLE customer_reviews (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    reviewed_on TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    checked     TEXT NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('confirmed', 'updated', 'unreachable')),
    proof_type  TEXT,
    proof_ref   TEXT,
    next_due    TEXT NOT NULL
);
CREATE INDEX customer_reviews_customer ON customer_reviews (customer_id, reviewed_on);

-- Consents under the personal information protection law.
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    purpose      TEXT NOT NULL CHECK (purpose IN ('marketing_contact', 'data_sharing',
                                                  'cross_border_transfer', 'profiling')),
    granted_on   TEXT NOT NULL,
    withdrawn_on TEXT,
    channel      TEXT NOT NULL,
    evidence_ref TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX consents_customer ON consents (customer_id, purpose);

CREATE TABLE products (
    code       TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('deposit', 'wealth', 'fund', 'insurance', 'bond',
                                             'loan', 'other')),
    risk_level TEXT NOT NULL CHECK (risk_level IN ('R1', 'R2', 'R3', 'R4', 'R5'))
);

-- Month-end balances in fen (1/100 yuan), enough for AUM, tiers and retention.
CREATE TABLE holdings (
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    product_code TEXT NOT NULL REFERENCES products (code),
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    balance_fen  INTEGER NOT NULL CHECK (balance_fen >= 0),
    PRIMARY KEY (customer_id, product_code, month)
) WITHOUT ROWID;
CREATE INDEX holdings_month ON holdings (month, customer_id);

-- An unfinished edit, kept (inside the encrypted file) until it is saved or discarded.
CREATE TABLE customer_drafts (
    user_id     INTEGER NOT NULL REFERENCES users (id),
    customer_id INTEGER NOT NULL DEFAULT 0, -- 0: a new customer
    form        TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (user_id, customer_id)
) WITHOUT ROWID;

-- Tiers by assets under management (yuan), configurable like every rule.
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (6, 'customer_tiers', 1, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 1.3');
INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (6, 'affluent_min_aum', '500000', 1),
    (6, 'private_min_aum', '6000000', 2);
