package de.pflegeverbund.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database to network scale (DESIGN.md "Scale": 49 Träger, 322 counsellors,
 * 1,633 families, about 250,000 visits over 10 years) with set-based SQL, on top of the
 * demo network.
 */
final class NetworkScaleData {

	private NetworkScaleData() {
	}

	/**
	 * @param passwordHash the stored hash every generated account gets
	 * @return rows per table after the load
	 */
	static String load(JdbcTemplate jdbc, String passwordHash) {
		long demoProviders = jdbc.queryForObject("select count(*) from provider", Long.class);
		jdbc.update("""
				insert into provider (name, seat, contact_email)
				select 'Benchmark-Träger ' || g, 'Ort ' || g, 'traeger' || g || '@bench.example'
				from generate_series(1, ?) g""", 49 - demoProviders);
		jdbc.update("""
				insert into user_account (email, display_name, role, provider_id, password_hash)
				select 'fachkraft' || g || '@bench.example', 'Fachkraft ' || g, 'COUNSELLOR', p.id, ?
				from generate_series(1, 290) g
				join lateral (select id from provider where name like 'Benchmark-Träger %'
				              order by id offset (g % 43) limit 1) p on true""", passwordHash);
		jdbc.update(
				"""
						insert into foster_family (provider_id, name, postal_code, city, care_types, places, status, care_permit)
						select c.provider_id, 'Bench-Familie ' || c.id || '-' || n, '48143', 'Münster',
						       (array['LONG_TERM','EMERGENCY','SHORT_TERM','PROFESSIONAL','KINSHIP'])[1 + (c.id + n) % 5],
						       2, 'OCCUPIED', 'GRANTED'
						from user_account c cross join generate_series(1, 5) n
						where c.email like '%@bench.example' and c.role = 'COUNSELLOR'""");
		jdbc.update("""
				insert into foster_parent (family_id, provider_id, position, name, birth_year, qualification)
				select id, provider_id, 1, 'Pflegeperson ' || id, 1980, 'NONE' from foster_family
				where name like 'Bench-Familie %'""");
		jdbc.update(
				"""
						insert into counsellor_assignment (provider_id, family_id, counsellor_id, kind, started_on)
						select provider_id, id, split_part(split_part(name, ' ', 2), '-', 1)::bigint, 'PRIMARY', current_date - 4000
						from foster_family where name like 'Bench-Familie %'""");
		long families = jdbc.queryForObject("select count(*) from foster_family", Long.class);
		long perFamily = Math.max(1, 250_000 / families);
		jdbc.update("""
				insert into visit (provider_id, family_id, author_id, occurred_at, duration_minutes, kind,
				                   child_spoken_alone, topics, internal_notes, submission_key)
				select a.provider_id, a.family_id, a.counsellor_id,
				       now() - ((s * 3650 / ?) || ' days')::interval - (random() * interval '20 days'),
				       60, 'HOME_VISIT', true, 'Schule, Umgang, Gesundheit', repeat('Notiz zum Verlauf. ', 40),
				       gen_random_uuid()
				from counsellor_assignment a cross join generate_series(1, ?) s
				where a.kind = 'PRIMARY' and a.ended_on is null""", perFamily, perFamily);
		jdbc.execute("analyze");
		return "Träger " + jdbc.queryForObject("select count(*) from provider", Long.class) + ", counsellors "
				+ jdbc.queryForObject("select count(*) from user_account where role = 'COUNSELLOR'", Long.class)
				+ ", families " + jdbc.queryForObject("select count(*) from foster_family", Long.class) + ", visits "
				+ jdbc.queryForObject("select count(*) from visit", Long.class);
	}

}
