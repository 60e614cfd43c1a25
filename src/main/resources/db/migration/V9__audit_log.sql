-- Audit log: every request of a signed-in user to the portal's pages (reads and writes of case records) and every
-- sign-in, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and chained by SHA-256 hashes so that a
-- changed or removed row is detected by the verification
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz   not null,
    account_id     bigint,
    provider_id    bigint,
    action         varchar(12)   not null check (action in ('READ', 'WRITE', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT')),
    record_type    varchar(40),
    record_id      bigint,
    route          varchar(200),
    status         integer,
    previous_hash  char(64)      not null,
    hash           char(64)      not null unique
);
create index audit_event_provider_idx on audit_event (provider_id, occurred_at desc);
create index audit_event_record_idx on audit_event (record_type, record_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_append_only();
