-- Trialdex schema 1: studies with their original JSON, filter columns, child tables, full-text index, import log.
CREATE TABLE studies (
    id                      INTEGER PRIMARY KEY,
    nct_id                  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    json                    BLOB NOT NULL,            -- zlib-compressed UTF-8 study JSON exactly as imported (or mapped from XML)
    json_sha256             BLOB NOT NULL,
    original_document       BLOB,                     -- zlib-compressed original legacy XML, when imported from XML
    source_format           TEXT NOT NULL,            -- api-v2-json | legacy-xml | sample
    source_file             TEXT NOT NULL,
    source_position         TEXT NOT NULL,
    imported_at             TEXT NOT NULL,
    brief_title             TEXT,
    official_title          TEXT,
    acronym                 TEXT,
    overall_status          TEXT,
    phases                  TEXT NOT NULL,            -- space-separated API values, e.g. "PHASE1 PHASE2"
    study_type              TEXT,
    sex                     TEXT,
    min_age_days            REAL,
    max_age_days            REAL,
    healthy_volunteers      INTEGER,
    lead_sponsor            TEXT,
    lead_sponsor_class      TEXT,
    collaborator_classes    TEXT NOT NULL,            -- space-separated AgencyClass values
    std_ages                TEXT NOT NULL,            -- space-separated StandardAge values
    start_date              TEXT,                     -- ISO yyyy-mm-dd (earliest day a partial date can mean)
    primary_completion_date TEXT,
    completion_date         TEXT,
    first_posted_date       TEXT,
    last_update_posted_date TEXT,
    enrollment              INTEGER,
    enrollment_type         TEXT,
    has_results             INTEGER NOT NULL,
    countries               TEXT NOT NULL             -- newline-separated distinct site countries
);
CREATE INDEX ix_studies_status ON studies(overall_status);
CREATE INDEX ix_studies_type ON studies(study_type);
CREATE INDEX ix_studies_last_update ON studies(last_update_posted_date);
CREATE INDEX ix_studies_start ON studies(start_date);

CREATE TABLE study_phases (
    study_id INTEGER NOT NULL REFERENCES studies(id),
    phase    TEXT NOT NULL
);
CREATE INDEX ix_phases_study ON study_phases(study_id);
CREATE INDEX ix_phases_phase ON study_phases(phase);

CREATE TABLE study_conditions (
    study_id INTEGER NOT NULL REFERENCES studies(id),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL
);
CREATE INDEX ix_conditions_study ON study_conditions(study_id);
CREATE INDEX ix_conditions_name ON study_conditions(name COLLATE NOCASE);

CREATE TABLE study_keywords (
    study_id INTEGER NOT NULL REFERENCES studies(id),
    position INTEGER NOT NULL,
    keyword  TEXT NOT NULL
);
CREATE INDEX ix_keywords_study ON study_keywords(study_id);

CREATE TABLE study_interventions (
    study_id    INTEGER NOT NULL REFERENCES studies(id),
    position    INTEGER NOT NULL,
    type        TEXT,
    name        TEXT NOT NULL,
    description TEXT,
    other_names TEXT NOT NULL                          -- newline-separated
);
CREATE INDEX ix_interventions_study ON study_interventions(study_id);
CREATE INDEX ix_interventions_name ON study_interventions(name COLLATE NOCASE);

CREATE TABLE study_arm_groups (
    study_id    INTEGER NOT NULL REFERENCES studies(id),
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    type        TEXT,
    description TEXT
);
CREATE INDEX ix_arm_groups_study ON study_arm_groups(study_id);

CREATE TABLE study_locations (
    study_id  INTEGER NOT NULL REFERENCES studies(id),
    position  INTEGER NOT NULL,
    facility  TEXT,
    city      TEXT,
    state     TEXT,
    zip       TEXT,
    country   TEXT,
    status    TEXT,
    latitude  REAL,
    longitude REAL,
    geo_approximate INTEGER NOT NULL       -- 1 when the point was geocoded from the city (city-level)
);
CREATE INDEX ix_locations_study ON study_locations(study_id);
CREATE INDEX ix_locations_country ON study_locations(country, city);
CREATE INDEX ix_locations_point ON study_locations(latitude, longitude);

CREATE TABLE study_identifiers (
    study_id   INTEGER NOT NULL REFERENCES studies(id),
    identifier TEXT NOT NULL,
    type       TEXT,                                   -- ORG_STUDY_ID, NCT_ALIAS, or a SecondaryIdType value
    domain     TEXT
);
CREATE INDEX ix_identifiers_study ON study_identifiers(study_id);
CREATE INDEX ix_identifiers_identifier ON study_identifiers(identifier COLLATE NOCASE);

CREATE TABLE study_mesh_terms (
    study_id    INTEGER NOT NULL REFERENCES studies(id),
    kind        TEXT NOT NULL,                         -- condition | intervention
    mesh_id     TEXT,
    term        TEXT NOT NULL,
    is_ancestor INTEGER NOT NULL
);
CREATE INDEX ix_mesh_study ON study_mesh_terms(study_id);
CREATE INDEX ix_mesh_term ON study_mesh_terms(term COLLATE NOCASE);
CREATE INDEX ix_mesh_id ON study_mesh_terms(mesh_id);

-- rowid = studies.id; contentless: the text lives in the stored study JSON, the index only holds tokens.
CREATE VIRTUAL TABLE study_fts USING fts5(
    -- one column per Trialdex.Core.Store.TextField, in that order
    nct_id_and_acronym, brief_title, official_title, conditions, condition_mesh_terms, condition_ancestor_terms, keywords,
    intervention_names, intervention_other_names, intervention_types, arm_group_types, intervention_mesh_terms,
    intervention_ancestor_terms, brief_summary, detailed_description, eligibility_criteria, outcomes, lead_sponsor,
    collaborators, locations, identifiers,
    content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE import_runs (
    id         INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    sources    TEXT NOT NULL,
    imported   INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    unchanged  INTEGER NOT NULL,
    rejected   INTEGER NOT NULL
);

CREATE TABLE import_rejects (
    run_id      INTEGER NOT NULL REFERENCES import_runs(id),
    source_file TEXT NOT NULL,
    position    TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX ix_import_rejects_run ON import_rejects(run_id);

-- Merge FTS5 segments less eagerly during bulk imports (persisted in the index's config).
INSERT INTO study_fts (study_fts, rank) VALUES ('automerge', 8);
