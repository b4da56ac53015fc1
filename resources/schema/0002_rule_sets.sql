-- RM Desk schema 2: regulatory rules as data (ARCHITECTURE decision 8, specification ch. 8).
-- Each rule set carries a version, the date it takes effect and who changed it; a change is a new
-- version, never an edit of an old one, so past decisions can be explained with the rules of their day.

CREATE TABLE rule_sets (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    changed_by     TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    UNIQUE (name, version)
);

CREATE TABLE rule_values (
    rule_set_id INTEGER NOT NULL REFERENCES rule_sets (id),
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0, -- display order within the set
    PRIMARY KEY (rule_set_id, key)
) WITHOUT ROWID;

-- Shipped defaults: ../shared/spec/README.md, "Figures the application enforces".
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (1, 'complaint_clock', 1, '2020-03-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '银行业保险业消费投诉处理管理办法 (2020)'),
    (2, 'review_cadence', 1, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '金融服务机构客户关系管理规范 2.2'),
    (3, 'record_retention', 1, '2025-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     '中华人民共和国反洗钱法 (2024 修订) 第三十四条'),
    (4, 'display_masking', 1, '2020-09-23', 'rmdesk', '2026-11-27T00:00:00Z',
     'JR/T 0171-2020'),
    (5, 'satisfaction', 1, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     'NPS / CSAT / CES industry definitions');

INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (1, 'decision_days', '15', 1),
    (1, 'extended_days', '30', 2),
    (1, 'approved_extended_days', '60', 3),
    (1, 'day_kind', 'calendar', 4),
    (1, 'max_group_representatives', '5', 5),
    (2, 'high_risk_months', '3', 1),
    (2, 'other_months', '6', 2),
    (3, 'years_after_end', '10', 1),
    (3, 'hold_while_aml_investigation_open', 'true', 2),
    (4, 'id_number', 'first:3,last:4', 1),
    (4, 'mobile', 'first:3,last:4', 2),
    (4, 'bank_card', 'first:6,last:4', 3),
    (4, 'name', 'first:1', 4),
    (4, 'address', 'until:区|县', 5),
    (5, 'nps_promoter_min', '9', 1),
    (5, 'nps_detractor_max', '6', 2),
    (5, 'csat_satisfied_min', '4', 3);
