-- RM Desk schema 15: CHECK constraints without IN lists. SQLite builds a temporary b-tree for a
-- constant IN list of more than two values every time a statement runs, so each IN-list CHECK
-- cost about 1.5 µs per inserted or updated row (measured with SQLCipher 4.6.1: three of them made
-- an insert ten times slower); the equivalent OR chains cost almost nothing. The constraints
-- accept exactly the same values (NULL included), every stored row satisfies them, and the tables'
-- on-disk format does not change, so the stored definitions are rewritten in place, as SQLite's
-- documentation describes for changing constraints (lang_altertable.html, "Making Other Kinds Of
-- Table Schema Changes"); RESET reloads the schema on this connection. A definition whose text
-- differs from the one shipped keeps its IN list (correct, only slower).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'role IN (''rm'', ''supervisor'', ''compliance'', ''admin'')',
    '(role = ''rm'' OR role = ''supervisor'' OR role = ''compliance'' OR role = ''admin'')')
WHERE type = 'table' AND name = 'users';
UPDATE sqlite_schema SET sql = replace(sql, 'id_type IN (''resident_id'', ''passport'', ''hk_macau_permit'',
                                               ''taiwan_permit'', ''foreign_permanent'', ''uscc'')',
    '(id_type = ''resident_id'' OR id_type = ''passport'' OR id_type = ''hk_macau_permit'' OR id_type = ''taiwan_permit'' OR id_type = ''foreign_permanent'' OR id_type = ''uscc'')')
WHERE type = 'table' AND name = 'customers';
UPDATE sqlite_schema SET sql = replace(sql, 'risk_level IN (''C1'', ''C2'', ''C3'', ''C4'', ''C5'')',
    '(risk_level = ''C1'' OR risk_level = ''C2'' OR risk_level = ''C3'' OR risk_level = ''C4'' OR risk_level = ''C5'')')
WHERE type = 'table' AND name = 'customers';
UPDATE sqlite_schema SET sql = replace(sql, 'aml_risk IN (''low'', ''medium'', ''high'')',
    '(aml_risk = ''low'' OR aml_risk = ''medium'' OR aml_risk = ''high'')')
WHERE type = 'table' AND name = 'customers';
UPDATE sqlite_schema SET sql = replace(sql, 'result IN (''confirmed'', ''updated'', ''unreachable'')',
    '(result = ''confirmed'' OR result = ''updated'' OR result = ''unreachable'')')
WHERE type = 'table' AND name = 'customer_reviews';
UPDATE sqlite_schema SET sql = replace(sql, 'purpose IN (''marketing_contact'', ''data_sharing'',
                                                  ''cross_border_transfer'', ''profiling'')',
    '(purpose = ''marketing_contact'' OR purpose = ''data_sharing'' OR purpose = ''cross_border_transfer'' OR purpose = ''profiling'')')
WHERE type = 'table' AND name = 'consents';
UPDATE sqlite_schema SET sql = replace(sql, 'type IN (''deposit'', ''wealth'', ''fund'', ''insurance'', ''bond'',
                                             ''loan'', ''other'')',
    '(type = ''deposit'' OR type = ''wealth'' OR type = ''fund'' OR type = ''insurance'' OR type = ''bond'' OR type = ''loan'' OR type = ''other'')')
WHERE type = 'table' AND name = 'products';
UPDATE sqlite_schema SET sql = replace(sql, 'risk_level IN (''R1'', ''R2'', ''R3'', ''R4'', ''R5'')',
    '(risk_level = ''R1'' OR risk_level = ''R2'' OR risk_level = ''R3'' OR risk_level = ''R4'' OR risk_level = ''R5'')')
WHERE type = 'table' AND name = 'products';
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''pending'', ''approved'', ''rejected'')',
    '(status = ''pending'' OR status = ''approved'' OR status = ''rejected'')')
WHERE type = 'table' AND name = 'merge_requests';
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''pending'', ''approved'', ''rejected'')',
    '(status = ''pending'' OR status = ''approved'' OR status = ''rejected'')')
WHERE type = 'table' AND name = 'purge_requests';
UPDATE sqlite_schema SET sql = replace(sql, 'channel IN (''visit'', ''phone'', ''branch'', ''online_banking'',
                                                    ''wechat'', ''letter'')',
    '(channel = ''visit'' OR channel = ''phone'' OR channel = ''branch'' OR channel = ''online_banking'' OR channel = ''wechat'' OR channel = ''letter'')')
WHERE type = 'table' AND name = 'interactions';
UPDATE sqlite_schema SET sql = replace(sql, 'purpose IN (''service_request'', ''product_advice'',
                                                    ''periodic_review'', ''relationship_care'',
                                                    ''complaint_follow_up'', ''other'')',
    '(purpose = ''service_request'' OR purpose = ''product_advice'' OR purpose = ''periodic_review'' OR purpose = ''relationship_care'' OR purpose = ''complaint_follow_up'' OR purpose = ''other'')')
WHERE type = 'table' AND name = 'interactions';
UPDATE sqlite_schema SET sql = replace(sql, 'outcome IN (''resolved'', ''pending'', ''referred'',
                                                    ''not_reached'')',
    '(outcome = ''resolved'' OR outcome = ''pending'' OR outcome = ''referred'' OR outcome = ''not_reached'')')
WHERE type = 'table' AND name = 'interactions';
UPDATE sqlite_schema SET sql = replace(sql, 'severity IN (''low'', ''medium'', ''high'')',
    '(severity = ''low'' OR severity = ''medium'' OR severity = ''high'')')
WHERE type = 'table' AND name = 'complaints';
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''received'', ''accepted'', ''investigating'', ''decided'',
                                          ''closed'', ''withdrawn'', ''merged'', ''reopened'')',
    '(status = ''received'' OR status = ''accepted'' OR status = ''investigating'' OR status = ''decided'' OR status = ''closed'' OR status = ''withdrawn'' OR status = ''merged'' OR status = ''reopened'')')
WHERE type = 'table' AND name = 'complaints';
UPDATE sqlite_schema SET sql = replace(sql, 'dispute_referral IN (''mediation'', ''arbitration'', ''litigation'')',
    '(dispute_referral = ''mediation'' OR dispute_referral = ''arbitration'' OR dispute_referral = ''litigation'')')
WHERE type = 'table' AND name = 'complaints';
UPDATE sqlite_schema SET sql = replace(sql, 'kind IN (
                     ''opened'', ''accepted'', ''investigating'', ''extended'', ''paused'', ''resumed'',
                     ''new_facts'', ''notified'', ''decided'', ''responded'', ''dispute_referred'',
                     ''dispute_outcome'', ''closed'', ''withdrawn'', ''merged'', ''repeat_merged'',
                     ''reopened'', ''cause_set'', ''action_added'', ''action_done'')',
    '(kind = ''opened'' OR kind = ''accepted'' OR kind = ''investigating'' OR kind = ''extended'' OR kind = ''paused'' OR kind = ''resumed'' OR kind = ''new_facts'' OR kind = ''notified'' OR kind = ''decided'' OR kind = ''responded'' OR kind = ''dispute_referred'' OR kind = ''dispute_outcome'' OR kind = ''closed'' OR kind = ''withdrawn'' OR kind = ''merged'' OR kind = ''repeat_merged'' OR kind = ''reopened'' OR kind = ''cause_set'' OR kind = ''action_added'' OR kind = ''action_done'')')
WHERE type = 'table' AND name = 'complaint_events';
UPDATE sqlite_schema SET sql = replace(sql, 'type IN (''nps'', ''csat'', ''ces'', ''single'', ''multi'', ''text'')',
    '(type = ''nps'' OR type = ''csat'' OR type = ''ces'' OR type = ''single'' OR type = ''multi'' OR type = ''text'')')
WHERE type = 'table' AND name = 'survey_questions';
UPDATE sqlite_schema SET sql = replace(sql, 'type IN (''nps'', ''csat'', ''ces'')',
    '(type = ''nps'' OR type = ''csat'' OR type = ''ces'')')
WHERE type = 'table' AND name = 'survey_questions';
UPDATE sqlite_schema SET sql = replace(sql, 'channel IN (''phone'', ''visit'', ''sms'', ''app'', ''email'',
                                                       ''wechat'', ''paper'')',
    '(channel = ''phone'' OR channel = ''visit'' OR channel = ''sms'' OR channel = ''app'' OR channel = ''email'' OR channel = ''wechat'' OR channel = ''paper'')')
WHERE type = 'table' AND name = 'survey_responses';
UPDATE sqlite_schema SET sql = replace(sql, 'to_stage IN (''prospect'', ''onboarding'', ''growing'', ''mature'',
                                                   ''declining'', ''dormant'', ''churned'',
                                                   ''won_back'')',
    '(to_stage = ''prospect'' OR to_stage = ''onboarding'' OR to_stage = ''growing'' OR to_stage = ''mature'' OR to_stage = ''declining'' OR to_stage = ''dormant'' OR to_stage = ''churned'' OR to_stage = ''won_back'')')
WHERE type = 'table' AND name = 'stage_transitions';
UPDATE sqlite_schema SET sql = replace(sql, 'period_kind IN (''month'', ''quarter'', ''year'')',
    '(period_kind = ''month'' OR period_kind = ''quarter'' OR period_kind = ''year'')')
WHERE type = 'table' AND name = 'kpi_standards';
UPDATE sqlite_schema SET sql = replace(sql, 'kpi IN (''retention_rate'', ''net_new'', ''aum_growth'', ''nps'',
                                                ''complaint_on_time'', ''review_completion'',
                                                ''interactions_per_customer'')',
    '(kpi = ''retention_rate'' OR kpi = ''net_new'' OR kpi = ''aum_growth'' OR kpi = ''nps'' OR kpi = ''complaint_on_time'' OR kpi = ''review_completion'' OR kpi = ''interactions_per_customer'')')
WHERE type = 'table' AND name = 'kpi_standards';
UPDATE sqlite_schema SET sql = replace(sql, 'source IN (''spot_check'', ''complaint'', ''evaluation'',
                                                  ''other'')',
    '(source = ''spot_check'' OR source = ''complaint'' OR source = ''evaluation'' OR source = ''other'')')
WHERE type = 'table' AND name = 'improvement_measures';
UPDATE sqlite_schema SET sql = replace(sql, 'status IN (''open'', ''in_progress'', ''done'')',
    '(status = ''open'' OR status = ''in_progress'' OR status = ''done'')')
WHERE type = 'table' AND name = 'improvement_measures';
PRAGMA writable_schema = RESET;
