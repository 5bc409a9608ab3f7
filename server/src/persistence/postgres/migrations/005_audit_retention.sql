-- Issue #16, RGPD: the audit trail keeps its retention period. It stays append-only (updates and
-- deletions refused by its trigger) except for the deletions of the retention job, made in a
-- transaction that set `maillage.audit_retention` to 'on' (`PostgresMetadataStore.pruneAuditBefore`).
CREATE OR REPLACE FUNCTION metadata_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('maillage.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only';
END
$$;
