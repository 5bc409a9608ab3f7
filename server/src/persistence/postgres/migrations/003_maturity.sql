-- The démarche de progression: campaigns the regional team opens and the self-assessment of each
-- CLPE in them (one per campaign and space). Same layout as 002_metadata.sql: the record in `data`,
-- validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_maturity_campaigns (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_maturity_assessments (
  id text PRIMARY KEY,
  campaign_id text NOT NULL,
  space_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_maturity_assessments_campaign ON metadata_maturity_assessments (campaign_id);
CREATE INDEX metadata_maturity_assessments_space ON metadata_maturity_assessments (space_id);
