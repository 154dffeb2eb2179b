-- Trialdex schema 2: the MeSH vocabulary (descriptors, entry terms, tree numbers) for condition search expansion.
CREATE TABLE mesh_descriptors (
    id            INTEGER PRIMARY KEY,
    descriptor_id TEXT NOT NULL,          -- "D006175"; '' for a tree heading with no known descriptor id
    name          TEXT NOT NULL
);

CREATE TABLE mesh_entry_terms (
    descriptor INTEGER NOT NULL REFERENCES mesh_descriptors(id),
    term       TEXT NOT NULL
);
CREATE INDEX ix_mesh_entry_terms_descriptor ON mesh_entry_terms(descriptor);

CREATE TABLE mesh_tree_numbers (
    descriptor  INTEGER NOT NULL REFERENCES mesh_descriptors(id),
    tree_number TEXT NOT NULL
);
CREATE INDEX ix_mesh_tree_numbers_descriptor ON mesh_tree_numbers(descriptor);
