-- Audit trail (docs/architecture.md): every read or write of personal or special-category data, allowed or
-- denied. Append-only: the trigger refuses UPDATE, DELETE and TRUNCATE for every role, including
-- the one the service runs as.
CREATE TABLE audit_record (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    actor          TEXT NOT NULL,
    actor_roles    TEXT NOT NULL,
    action         TEXT NOT NULL,
    resource       TEXT NOT NULL,
    outcome        INT NOT NULL,
    correlation_id TEXT
);
CREATE INDEX audit_record_by_resource ON audit_record (resource);
CREATE INDEX audit_record_by_actor ON audit_record (actor);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_record_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC;
