-- The French full-text index of the search (server/src/search, PostgresSearchIndex): one row per
-- document, shared by every process. `maillage_french` is PostgreSQL's French configuration with
-- accents folded by the `unaccent` extension when it can be created (it ships with PostgreSQL's
-- contrib and is trusted from version 13); where it cannot, the configuration is the plain French
-- one and the search still stems, only without folding accents.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'unaccent is not available (%): the search will not fold accents', SQLERRM;
  END;
  CREATE TEXT SEARCH CONFIGURATION maillage_french (COPY = pg_catalog.french);
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    ALTER TEXT SEARCH CONFIGURATION maillage_french
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
END
$$;

CREATE TABLE search_entries (
  id text PRIMARY KEY,
  type text NOT NULL,
  kind text NOT NULL,
  space_id text NOT NULL,
  title text NOT NULL,
  text text NOT NULL,
  -- The record's ISO time, kept as written so that it reads back the same.
  updated_at text NOT NULL,
  audience text[] NOT NULL,
  stamp text NOT NULL,
  -- Title weighted A, text B: ts_rank puts title matches first.
  document tsvector NOT NULL
);
CREATE INDEX search_entries_document ON search_entries USING GIN (document);
CREATE INDEX search_entries_audience ON search_entries USING GIN (audience);
