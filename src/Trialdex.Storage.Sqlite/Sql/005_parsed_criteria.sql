-- Trialdex schema 5: each study's eligibility criteria, parsed at import, stored beside its JSON so that screening
-- and `trialdex criteria` do not parse them on every request. The parser version says whether a stored parse is
-- current; rows from before this migration have none and are parsed on read until `trialdex criteria
-- --update-store` stores them.
ALTER TABLE study_documents ADD COLUMN parsed_criteria BLOB;          -- StoredCriteria: format byte + Brotli JSON
ALTER TABLE study_documents ADD COLUMN criteria_parser_version INTEGER; -- ConstraintExtractor.ParserVersion that made it
