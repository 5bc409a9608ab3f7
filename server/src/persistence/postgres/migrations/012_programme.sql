-- The programme d'accompagnement: its versions (unique by number), their lines (a line's key is
-- unique within its version) and the links of ateliers, tools and documents to the lines they
-- carry out (one target once per line key). Same layout as 002_metadata.sql: the record in
-- `data`, validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_programme_versions (
  id text PRIMARY KEY,
  number text NOT NULL CONSTRAINT metadata_programme_versions_number UNIQUE,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_programme_lines (
  id text PRIMARY KEY,
  version_id text NOT NULL,
  line_key text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  CONSTRAINT metadata_programme_lines_version_line_key UNIQUE (version_id, line_key)
);

CREATE TABLE metadata_programme_links (
  id text PRIMARY KEY,
  line_key text NOT NULL,
  target text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  CONSTRAINT metadata_programme_links_line_key_target UNIQUE (line_key, target)
);
