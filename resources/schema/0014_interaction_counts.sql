-- RM Desk schema 14: the scorecards count each RM's interactions in a month
-- (AssessmentStore::actuals, interactions per customer). With three years of history (3M
-- interactions for a million customers) reading user_id from every row of the month took over a
-- second on the encrypted file; with user_id in the index the count reads the index alone.
DROP INDEX interactions_at;
CREATE INDEX interactions_at ON interactions (at, user_id);
