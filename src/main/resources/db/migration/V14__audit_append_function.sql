-- Appending to the audit log in one statement (one round trip instead of four): take the log's lock, read the
-- newest hash, insert the event with its hash = SHA-256 of (previous hash | content). The portal computes the
-- content string exactly as AuditLog.hash does and verifies the chain in Java as before. Each statement of a
-- volatile PL/pgSQL function sees a fresh snapshot, so the hash read after the lock is the newest committed one.
create function audit_append(p_occurred_at timestamptz, p_account_id bigint, p_provider_id bigint,
                             p_action varchar, p_record_type varchar, p_record_id bigint, p_route varchar,
                             p_status integer, p_content text)
    returns void
    language plpgsql volatile
as $$
declare
    previous char(64);
begin
    perform pg_advisory_xact_lock(280603412820);
    select hash into previous from audit_event order by id desc limit 1;
    previous := coalesce(previous, repeat('0', 64));
    insert into audit_event (occurred_at, account_id, provider_id, action, record_type, record_id, route, status,
                             previous_hash, hash)
    values (p_occurred_at, p_account_id, p_provider_id, p_action, p_record_type, p_record_id, p_route, p_status,
            previous, encode(sha256(convert_to(previous || '|' || p_content, 'UTF8')), 'hex'));
end
$$;
