-- Trialdex schema 3: the stored documents (compressed study JSON and original XML) move out of `studies` into a
-- table of their own. In `studies` they came before every filter column, so reading any filter or facet column of
-- a row meant walking kilobytes of overflow pages; now a search touches only small rows.
CREATE TABLE study_documents (
    id                INTEGER PRIMARY KEY REFERENCES studies(id),   -- = studies.id
    json              BLOB NOT NULL,      -- zlib-compressed UTF-8 study JSON exactly as imported (or mapped from XML)
    original_document BLOB                -- zlib-compressed original legacy XML, when imported from XML
);
INSERT INTO study_documents (id, json, original_document) SELECT id, json, original_document FROM studies;
ALTER TABLE studies DROP COLUMN json;
ALTER TABLE studies DROP COLUMN original_document;
