-- Defence in depth: the application works as the role portal_app (every pooled connection runs "set role
-- portal_app"), which owns nothing and is not a superuser, so PostgreSQL's row-level security applies to it.
-- Every transaction states the Träger it works for (see RowScopeTransactionManager):
--   portal.providers  '*' (coordinators of the state office, jobs, public forms) or the id of one Träger
--   portal.account    the signed-in account (a family sees the concerns it sent to the state office)
-- A statement outside a transaction has neither and sees no case record at all.
do $$
begin
    if not exists (select from pg_roles where rolname = 'portal_app') then
        create role portal_app nologin;
    end if;
    -- the login that migrates may also be the one the portal signs in with; it must be allowed to become portal_app
    if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant portal_app to %I', current_user);
    end if;
end
$$;

grant usage on schema public to portal_app;
grant select, insert, update, delete on all tables in schema public to portal_app;
grant usage, select on all sequences in schema public to portal_app;
-- tables of later migrations get the same rights
alter default privileges in schema public grant select, insert, update, delete on tables to portal_app;
alter default privileges in schema public grant usage, select on sequences to portal_app;

-- the portal only appends to its audit log and never touches the migration history
revoke update, delete, truncate on audit_event from portal_app;
revoke all on flyway_schema_history from portal_app;

-- Is a row of this Träger visible in the current transaction?
create function portal_provider_visible(provider bigint) returns boolean
    language sql stable parallel safe
as $$
    select coalesce(current_setting('portal.providers', true), '') in ('*', provider::text)
$$;

-- Case records: a row belongs to exactly one Träger
do $$
declare
    case_table text;
begin
    foreach case_table in array array['foster_family', 'foster_parent', 'family_status_change', 'placement',
            'counsellor_assignment', 'visit', 'visit_amendment', 'risk_assessment', 'inquiry',
            'supervision_session', 'family_account', 'correction_request', 'protection_record']
    loop
        execute format('alter table %I enable row level security', case_table);
        execute format('create policy %I on %I using (portal_provider_visible(provider_id))',
            case_table || '_by_provider', case_table);
    end loop;
end
$$;

-- History of families and foster parents (Envers): a deletion is recorded without the Träger
do $$
declare
    history_table text;
begin
    foreach history_table in array array['foster_family_aud', 'foster_parent_aud']
    loop
        execute format('alter table %I enable row level security', history_table);
        execute format('create policy %I on %I using (portal_provider_visible(provider_id)) '
            || 'with check (provider_id is null or portal_provider_visible(provider_id))',
            history_table || '_by_provider', history_table);
    end loop;
end
$$;

-- Concerns to the state office (no Träger) are seen by the state office and by the account that sent them
alter table concern enable row level security;
create policy concern_by_provider_or_sender on concern
    using (portal_provider_visible(provider_id)
        or (account_id is not null and account_id::text = current_setting('portal.account', true)));

-- Rows that belong to a case record are visible when their record is
alter table inquiry_status_change enable row level security;
create policy inquiry_status_change_by_inquiry on inquiry_status_change
    using (exists (select from inquiry i where i.id = inquiry_id));
alter table inquiry_note enable row level security;
create policy inquiry_note_by_inquiry on inquiry_note
    using (exists (select from inquiry i where i.id = inquiry_id));
alter table concern_message enable row level security;
create policy concern_message_by_concern on concern_message
    using (exists (select from concern c where c.id = concern_id));
alter table supervision_participant enable row level security;
create policy supervision_participant_by_session on supervision_participant
    using (exists (select from supervision_session s where s.id = session_id));
alter table supervision_family enable row level security;
create policy supervision_family_by_session on supervision_family
    using (exists (select from supervision_session s where s.id = session_id));
