-- RM Desk schema 5: what finds a customer while the relationship manager types (ARCHITECTURE
-- decision 4). Kept by models/stores/customersearch.cpp whenever a name, mobile or ID changes.

-- Pinyin of the name (full and initials) and the ID number reversed, for prefix searches.
CREATE TABLE customer_search (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    pinyin      TEXT NOT NULL,
    initials    TEXT NOT NULL,
    id_reversed TEXT
);
CREATE INDEX customer_search_pinyin ON customer_search (pinyin);
CREATE INDEX customer_search_initials ON customer_search (initials);
CREATE INDEX customer_search_id ON customer_search (id_reversed) WHERE id_reversed IS NOT NULL;

-- Every two-character piece of a name: finds two-character names and any substring of longer ones.
CREATE TABLE customer_name_grams (
    gram        TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (gram, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_name_grams_customer ON customer_name_grams (customer_id);

-- Mobile digits by trigram: any run of four or more digits finds the number.
CREATE VIRTUAL TABLE customer_mobile_fts USING fts5 (mobile, content = '',
                                                     contentless_delete = 1,
                                                     tokenize = 'trigram');
