-- The governance: its instances (comité de pilotage, comité des territoires, bureau du CoRE, each
-- CLPE's plénière and bureau) and their members' mandates, never deleted (the past ones are the
-- rotation history). Same layout as 002_metadata.sql: the record in `data`, validated by its zod
-- schema, `seq` its insertion order.

CREATE TABLE metadata_instances (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_instance_mandates (
  id text PRIMARY KEY,
  instance_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_instance_mandates_instance ON metadata_instance_mandates (instance_id);
