package de.pflegeverbund.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database at the scales of DESIGN.md with set-based SQL (bulk inserts, no round
 * trip per row): Träger, counsellors, families with a status history, primary
 * assignments, placements, contacts over ten years and inquiries. Every generated account
 * gets the given password hash.
 */
final class ScaleData {

	/**
	 * How much to generate.
	 *
	 * @param visitsPerFamilyAndYear contacts per family and year of its life
	 */
	enum Scale {

		NETWORK(49, 322, 1_633, 2_057, 30, 600), NATIONAL(700, 6_000, 70_000, 90_000, 30, 25_000);

		final int providers;

		final int counsellors;

		final int families;

		final int placements;

		final int visitsPerFamilyAndYear;

		final int inquiries;

		Scale(int providers, int counsellors, int families, int placements, int visitsPerFamilyAndYear, int inquiries) {
			this.providers = providers;
			this.counsellors = counsellors;
			this.families = families;
			this.placements = placements;
			this.visitsPerFamilyAndYear = visitsPerFamilyAndYear;
			this.inquiries = inquiries;
		}

	}

	private ScaleData() {
	}

	/**
	 * @return rows per table after the load
	 */
	static String load(JdbcTemplate jdbc, Scale scale, String passwordHash) {
		jdbc.update("""
				insert into provider (name, seat, contact_email)
				select 'Skalen-Träger ' || g, 'Ort ' || g, 'skala' || g || '@scale.example' from generate_series(1, ?) g
				""", scale.providers);
		jdbc.execute("create temporary table scale_provider as select id, row_number() over (order by id) as n "
				+ "from provider where name like 'Skalen-Träger %'");
		jdbc.update("""
				insert into user_account (email, display_name, role, provider_id, password_hash)
				select 'fk' || g || '@scale.example', 'Fachkraft ' || g, 'COUNSELLOR', p.id, ?
				from generate_series(1, ?) g join scale_provider p on p.n = 1 + g % ?
				""", passwordHash, scale.counsellors, scale.providers);
		jdbc.execute("create temporary table scale_counsellor as select id, provider_id, row_number() over "
				+ "(order by id) as n from user_account where email like 'fk%@scale.example'");
		// families: created over the last ten years; every seventh has ended
		jdbc.update(
				"""
						insert into foster_family (provider_id, name, postal_code, city, care_types, places, status, care_permit,
						    created_at)
						select c.provider_id, 'Skalen-Familie ' || g, '48143', 'Münster',
						    (array['LONG_TERM','EMERGENCY','SHORT_TERM','PROFESSIONAL','KINSHIP'])[1 + g % 5], 2,
						    case when g % 7 = 0 then 'ENDED' when g % 5 = 0 then 'AVAILABLE' else 'OCCUPIED' end, 'GRANTED',
						    now() - ((g * 37 % 3650) || ' days')::interval
						from generate_series(1, ?) g join scale_counsellor c on c.n = 1 + g % ?
						""",
				scale.families, scale.counsellors);
		jdbc.execute("""
				create temporary table scale_family as
				select f.id, f.provider_id, f.status, f.created_at::date as created_on,
				       row_number() over (order by f.id) as n, substring(f.name from 16)::int as family_no
				from foster_family f where f.name like 'Skalen-Familie %'
				""");
		jdbc.update("""
				insert into family_status_change (family_id, provider_id, from_status, to_status, changed_on)
				select id, provider_id, null, 'IN_ASSESSMENT', created_on from scale_family
				union all
				select id, provider_id, 'IN_ASSESSMENT', 'SUITABLE', created_on + 90 from scale_family
				    where created_on + 90 <= current_date
				union all
				select id, provider_id, 'SUITABLE', case when status = 'ENDED' then 'OCCUPIED' else status end,
				    created_on + 120 from scale_family where created_on + 120 <= current_date
				union all
				select id, provider_id, 'OCCUPIED', 'ENDED', created_on + 400 from scale_family
				    where status = 'ENDED' and created_on + 400 <= current_date
				""");
		// each family's primary counsellor is the one it was created with: about twelve
		// families per counsellor (DESIGN.md: 1:10 to 1:20)
		jdbc.update("""
				insert into counsellor_assignment (provider_id, family_id, counsellor_id, kind, started_on)
				select f.provider_id, f.id, c.id, 'PRIMARY', f.created_on
				from scale_family f join scale_counsellor c on c.n = 1 + f.family_no % ?
				""", scale.counsellors);
		jdbc.update(
				"""
						insert into counsellor_assignment (provider_id, family_id, counsellor_id, kind, started_on)
						select f.provider_id, f.id, (select min(c.id) from scale_counsellor c where c.provider_id = f.provider_id),
						    'PRIMARY', f.created_on
						from scale_family f
						where not exists (select 1 from counsellor_assignment a where a.family_id = f.id)
						""");
		jdbc.update("""
				insert into placement (family_id, provider_id, child_alias, birth_year, care_type, placing_office,
				    started_on, ended_on, end_reason)
				select f.id, f.provider_id, 'K. ' || g, 2010 + g % 14,
				    (array['LONG_TERM','EMERGENCY','SHORT_TERM','PROFESSIONAL','KINSHIP'])[1 + g % 5], 'Jugendamt',
				    least(current_date, f.created_on + 120 + g % 200),
				    case when g % 3 = 0 then least(current_date, f.created_on + 120 + g % 200 + 30 + g % 900) end,
				    case when g % 3 = 0 then (array['RETURN_TO_PARENTS','ADOPTION','OTHER_FOSTER_FAMILY',
				        'RESIDENTIAL_CARE','ADULTHOOD','BREAKDOWN','OTHER'])[1 + g % 7] end
				from generate_series(1, ?) g join scale_family f on f.n = 1 + g % ?
				""", scale.placements, scale.families);
		// contacts: about visitsPerFamilyAndYear per family and year of its life, by its
		// primary counsellor
		jdbc.update("""
				insert into visit (provider_id, family_id, author_id, occurred_at, duration_minutes, kind,
				    child_spoken_alone, topics, submission_key)
				select a.provider_id, a.family_id, a.counsellor_id,
				    f.created_on + (s * 365 / ?) + ((a.family_id + s) % 7)::int + time '10:00',
				    60, 'HOME_VISIT', true, 'Schule, Umgang', gen_random_uuid()
				from counsellor_assignment a join scale_family f on f.id = a.family_id
				cross join lateral generate_series(1, ((current_date - f.created_on) * ? / 365)::int) s
				where a.kind = 'PRIMARY' and (f.status <> 'ENDED' or s * 365 / ? < 400)
				""", scale.visitsPerFamilyAndYear, scale.visitsPerFamilyAndYear, scale.visitsPerFamilyAndYear);
		jdbc.update(
				"""
						insert into inquiry (provider_id, status, first_name, last_name, birth_year, phone, postal_code, city,
						    adults, children, preferred_age, qualification, contact_time, consent_at, submission_key,
						    received_at, last_activity_at, closed_at)
						select p.id, (array['NEW','CONTACTED','ASSESSMENT','SUITABLE','DECLINED'])[1 + g % 5], 'Vorname',
						    'Nachname', 1980, '0251 1', '48143', 'Münster', 2, 0, 'ANY', 'NONE', 'ANY', now(), gen_random_uuid(),
						    now() - ((g % 150) || ' days')::interval, now(),
						    case when g % 5 in (3, 4) then now() end
						from generate_series(1, ?) g join scale_provider p on p.n = 1 + g % ?
						""",
				scale.inquiries, scale.providers);
		jdbc.update("""
				insert into inquiry_erasure (provider_id, received_on, last_status, converted, reason, erased_at)
				select p.id, current_date - 200 - g % 3000, 'SUITABLE', g % 4 = 0, 'CLOSED', now()
				from generate_series(1, ?) g join scale_provider p on p.n = 1 + g % ?
				""", scale.inquiries * 8, scale.providers);
		// supervision: ten sessions per counsellor in the running year, each with its
		// counsellor as participant
		jdbc.update("""
				with s as (
				    insert into supervision_session (provider_id, kind, held_on, duration_minutes, topics, created_by)
				    select c.provider_id, (array['INDIVIDUAL','TEAM','CASE','PEER'])[1 + g % 4],
				        date_trunc('year', current_date)::date
				            + ((c.id * 7 + g * 37) % greatest(1, extract(doy from current_date)::int))::int,
				        60 + (c.id + g) % 3 * 30, 'Fallbesprechung (Pseudonym)', c.id
				    from scale_counsellor c cross join generate_series(1, 10) g
				    returning id, created_by)
				insert into supervision_participant (session_id, account_id) select id, created_by from s
				""");
		jdbc.execute("drop table scale_provider, scale_counsellor, scale_family");
		jdbc.execute("analyze");
		return describe(jdbc);
	}

	/**
	 * @return rows per table
	 */
	static String describe(JdbcTemplate jdbc) {
		return "Träger " + count(jdbc, "provider") + ", counsellors "
				+ jdbc.queryForObject("select count(*) from user_account where role = 'COUNSELLOR'", Long.class)
				+ ", families " + count(jdbc, "foster_family") + ", placements " + count(jdbc, "placement")
				+ ", visits " + count(jdbc, "visit") + ", inquiries " + count(jdbc, "inquiry") + " (+ "
				+ count(jdbc, "inquiry_erasure") + " erased), supervision sessions "
				+ count(jdbc, "supervision_session");
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
