-- The register of decisions of the governance's instances and the milestones of its calendar. Same
-- layout as 002_metadata.sql: the record in `data`, validated by its zod schema, `seq` its
-- insertion order.

CREATE TABLE metadata_decisions (
  id text PRIMARY KEY,
  instance_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_decisions_instance ON metadata_decisions (instance_id);

CREATE TABLE metadata_governance_milestones (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
