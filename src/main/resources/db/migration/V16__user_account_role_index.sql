-- The active accounts of a role by name: the state office's coordinators, to whom every inquiry outside all
-- service areas, every cooperation request and every concern for the LJA is mailed. Without an index the lookup
-- read the whole account table (national scale: some 6,700 staff accounts and the families' accounts), 0.6 ms of
-- PostgreSQL time per interest form sent (docs/performance.md, eleventh run).
create index user_account_active_role_idx on user_account (role, display_name) where active;
