-- Trialdex schema 4: the condition facet counts the conditions of every hit; with the name in the index beside the
-- study id, it reads the index alone instead of a table row per condition.
CREATE INDEX ix_conditions_study_name ON study_conditions(study_id, name);
DROP INDEX ix_conditions_study;
