-- RM Desk schema 10: satisfaction surveys (specification 4.3). Kept by models/stores/surveystore.cpp
-- (recording, import) and read by models/stores/surveystats.cpp. The three shipped templates below
-- must stay identical to SurveyTemplates::shipped() in models/domain/surveytemplates.cpp (a test
-- compares them).

-- A template version. A changed template is a new version (name, version + 1); responses keep the
-- version they answered.
CREATE TABLE survey_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    version    INTEGER NOT NULL CHECK (version >= 1),
    title_en   TEXT NOT NULL CHECK (length(title_en) > 0),
    title_zh   TEXT NOT NULL CHECK (length(title_zh) > 0),
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);

-- Its questions, in order. Scale questions (nps 0-10, csat 1-5, ces 1-7) carry their range;
-- single and multi carry their options as JSON: [{"code": …, "en": …, "zh": …}, …].
CREATE TABLE survey_questions (
    template_id INTEGER NOT NULL REFERENCES survey_templates (id),
    position    INTEGER NOT NULL,
    key         TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 32),
    type        TEXT NOT NULL CHECK (type IN ('nps', 'csat', 'ces', 'single', 'multi', 'text')),
    min_value   INTEGER,
    max_value   INTEGER,
    required    INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    text_en     TEXT NOT NULL CHECK (length(text_en) > 0),
    text_zh     TEXT NOT NULL CHECK (length(text_zh) > 0),
    options     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options)),
    PRIMARY KEY (template_id, key),
    UNIQUE (template_id, position),
    CHECK ((type IN ('nps', 'csat', 'ces')) = (min_value IS NOT NULL AND max_value IS NOT NULL)),
    CHECK (type IN ('single', 'multi') OR options = '[]')
) WITHOUT ROWID;

-- One answer sheet. branch_code, rm_user_id and segment (the customer's tier) are copied from the
-- customer when it is recorded, so the stats group by who served the customer then; nps, csat and
-- ces are copied out of the answers for fast stats. follow_up_task_id is the callback a detractor
-- (NPS 0-6) or a low CSAT made.
CREATE TABLE survey_responses (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    template_id       INTEGER NOT NULL REFERENCES survey_templates (id),
    answered_on       TEXT NOT NULL CHECK (answered_on GLOB
                                           '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'sms', 'app', 'email',
                                                       'wechat', 'paper')),
    interaction_id    INTEGER REFERENCES interactions (id),
    complaint_id      INTEGER REFERENCES complaints (id),
    branch_code       TEXT NOT NULL,
    rm_user_id        INTEGER REFERENCES users (id),
    segment           TEXT NOT NULL,
    nps               INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    csat              INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    ces               INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 7),
    follow_up_task_id INTEGER REFERENCES tasks (id),
    recorded_by       TEXT NOT NULL,
    recorded_at       TEXT NOT NULL,
    source            TEXT NOT NULL DEFAULT 'desk' CHECK (source IN ('desk', 'import'))
);
-- A customer's responses, newest first; the stats of a branch, an RM or a period. The stats
-- indexes cover every column the stats filter and group by, so they never read the table
-- (reading it row by row took seconds for a few hundred thousand responses).
CREATE INDEX survey_responses_customer ON survey_responses (customer_id, answered_on);
CREATE INDEX survey_responses_branch ON survey_responses (branch_code, answered_on, rm_user_id,
    segment, channel, template_id, nps, csat, ces);
CREATE INDEX survey_responses_rm ON survey_responses (rm_user_id, answered_on, branch_code,
    segment, channel, template_id, nps, csat, ces);
CREATE INDEX survey_responses_answered ON survey_responses (answered_on, rm_user_id, branch_code,
    segment, channel, template_id, nps, csat, ces);
CREATE INDEX survey_responses_interaction ON survey_responses (interaction_id)
    WHERE interaction_id IS NOT NULL;
CREATE INDEX survey_responses_complaint ON survey_responses (complaint_id)
    WHERE complaint_id IS NOT NULL;
CREATE INDEX survey_responses_task ON survey_responses (follow_up_task_id)
    WHERE follow_up_task_id IS NOT NULL;

-- The answers by question key, as text: a number, an option code, codes joined by ';', free text.
CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL REFERENCES survey_responses (id),
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (response_id, key)
) WITHOUT ROWID;

-- The shipped templates (version 1 each).
INSERT INTO survey_templates (id, name, version, title_en, title_zh, created_at) VALUES
    (1, 'post-complaint', 1, 'After a complaint', '投诉处理回访', '2026-11-27T00:00:00Z'),
    (2, 'post-onboarding', 1, 'After onboarding', '开户回访', '2026-11-27T00:00:00Z'),
    (3, 'annual-review', 1, 'Annual relationship review', '年度客户关系回顾',
     '2026-11-27T00:00:00Z');

INSERT INTO survey_questions (template_id, position, key, type, min_value, max_value, required,
                              text_en, text_zh, options) VALUES
    (1, 1, 'csat', 'csat', 1, 5, 1,
     'How satisfied are you with how your complaint was handled?',
     '您对这次投诉的处理满意吗？', '[]'),
    (1, 2, 'ces', 'ces', 1, 7, 1,
     'How much effort did it take you to get the complaint resolved? (1 very little, 7 a great deal)',
     '解决这次投诉您花了多少精力？（1 很少，7 很多）', '[]'),
    (1, 3, 'nps', 'nps', 0, 10, 1,
     'How likely are you to recommend us to a friend or colleague?',
     '您向亲友或同事推荐我们的可能性有多大？', '[]'),
    (1, 4, 'solved', 'single', NULL, NULL, 1, 'Was your problem solved?', '您的问题解决了吗？',
     '[{"code":"yes","en":"Yes","zh":"已解决"},{"code":"partly","en":"Partly","zh":"部分解决"},{"code":"no","en":"No","zh":"未解决"}]'),
    (1, 5, 'comment', 'text', NULL, NULL, 0, 'Anything else you would like to tell us?',
     '您还有什么想告诉我们的吗？', '[]'),
    (2, 1, 'csat', 'csat', 1, 5, 1, 'How satisfied are you with opening your account with us?',
     '您对开户过程满意吗？', '[]'),
    (2, 2, 'ces', 'ces', 1, 7, 1,
     'How much effort did opening the account take? (1 very little, 7 a great deal)',
     '开户过程您花了多少精力？（1 很少，7 很多）', '[]'),
    (2, 3, 'helped', 'multi', NULL, NULL, 0, 'What helped you most?', '哪些方面对您帮助最大？',
     '[{"code":"explanations","en":"Your relationship manager''s explanations","zh":"客户经理的讲解"},{"code":"documents","en":"Clear documents","zh":"清晰的材料"},{"code":"app","en":"Mobile banking","zh":"手机银行"},{"code":"speed","en":"Speed","zh":"办理速度"},{"code":"other","en":"Other","zh":"其他"}]'),
    (2, 4, 'comment', 'text', NULL, NULL, 0, 'Anything else you would like to tell us?',
     '您还有什么想告诉我们的吗？', '[]'),
    (3, 1, 'nps', 'nps', 0, 10, 1,
     'How likely are you to recommend us to a friend or colleague?',
     '您向亲友或同事推荐我们的可能性有多大？', '[]'),
    (3, 2, 'csat', 'csat', 1, 5, 1,
     'How satisfied are you with your relationship manager''s service this year?',
     '您对客户经理今年的服务满意吗？', '[]'),
    (3, 3, 'ces', 'ces', 1, 7, 1,
     'How much effort did it take you to get things done with us? (1 very little, 7 a great deal)',
     '在我们这里办理业务您花了多少精力？（1 很少，7 很多）', '[]'),
    (3, 4, 'reason', 'single', NULL, NULL, 0, 'What matters most in your rating?',
     '影响您评分的最主要原因是什么？',
     '[{"code":"advice","en":"Quality of advice","zh":"专业建议"},{"code":"service","en":"Service attitude","zh":"服务态度"},{"code":"products","en":"Products","zh":"产品"},{"code":"fees","en":"Fees","zh":"费用"},{"code":"digital","en":"Online channels","zh":"线上渠道"},{"code":"other","en":"Other","zh":"其他"}]'),
    (3, 5, 'comment', 'text', NULL, NULL, 0, 'Anything else you would like to tell us?',
     '您还有什么想告诉我们的吗？', '[]');

-- Satisfaction thresholds, version 2 (version 1 is in schema 2): the same scores, plus when a
-- response asks for a callback (NPS at most nps_detractor_max, or CSAT at most
-- csat_follow_up_max) and how many days after the answer the callback is due.
INSERT INTO rule_sets (id, name, version, effective_from, changed_by, changed_at, source) VALUES
    (30, 'satisfaction', 2, '2026-01-01', 'rmdesk', '2026-11-27T00:00:00Z',
     'NPS / CSAT / CES industry definitions; 金融服务机构客户关系管理规范 4.3');
INSERT INTO rule_values (rule_set_id, key, value, position) VALUES
    (30, 'nps_promoter_min', '9', 1),
    (30, 'nps_detractor_max', '6', 2),
    (30, 'csat_satisfied_min', '4', 3),
    (30, 'csat_follow_up_max', '2', 4),
    (30, 'callback_days', '2', 5);
