-- Trialdex schema 6: indexes no query uses, dropped so that imports stop maintaining them (about 29 index entries a
-- study at random places in their B-trees). Every query over sites, conditions, interventions and identifiers
-- reaches them through the study (ix_locations_study, ix_conditions_study_name, …) and compares names ignoring case
-- or by substring, which these indexes could not serve; the statistics' count by country scans the sites instead.
DROP INDEX ix_locations_point;
DROP INDEX ix_locations_country;
DROP INDEX ix_conditions_name;
DROP INDEX ix_interventions_name;
DROP INDEX ix_identifiers_identifier;
