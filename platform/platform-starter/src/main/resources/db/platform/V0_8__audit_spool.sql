-- Audit records written late from an instance's spool (docs/adr/0017-audit-spool.md) carry the id they were spooled
-- under, so a spool replayed twice (a crash between the insert and the spool's removal) adds each record once.
ALTER TABLE audit_record ADD COLUMN spooled_id UUID UNIQUE;
