-- Every form the portal renders for sending (method post) carries a one-time key in the hidden field _formular.
-- The key is stored in the same transaction as the first write its submission makes: a form sent twice (double
-- click, reload, back and send again, two tabs at once) writes once; the second sending is answered with the
-- page the first one led to. No personal data: a random key, when, and the portal's own path it led to.
create table form_submission (
    token         uuid           primary key,
    submitted_at  timestamptz    not null default now(),
    location      varchar(2000)
);
create index form_submission_submitted_idx on form_submission (submitted_at);
