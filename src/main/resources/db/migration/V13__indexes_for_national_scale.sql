-- Indexes for the everyday pages at national scale (70,000 families): the open assignments of a Träger (family
-- list, counsellor home, caseload) and the status history of a Träger's families (families looked after on a day:
-- Leitung home, overdue contacts). Found by HotQueryPlanTests with -Dportal.plans.scale=NATIONAL.
create index counsellor_assignment_provider_open_idx on counsellor_assignment (provider_id) where ended_on is null;
create index family_status_change_provider_idx on family_status_change (provider_id, family_id, changed_on);
