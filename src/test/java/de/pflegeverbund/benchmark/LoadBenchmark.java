package de.pflegeverbund.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.pflegeverbund.support.BrowserlessSession;
import de.pflegeverbund.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: the main journeys under load with Gatling. Run it on purpose
 * after packaging the portal:
 * {@code ./mvnw -B -DskipTests package && ./mvnw -B test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dportal.benchmark.scale=NETWORK} for the smaller data set). It fills the test
 * database to national scale, starts the packaged portal as a process of its own with a
 * 512 MB heap on it (start-up time measured), runs {@link PortalSimulation} with 50
 * concurrent users (latencies), then each journey without think time (throughput, against
 * a trivial page as the ceiling), samples the portal's memory meanwhile and writes
 * {@code target/benchmark/load.md}.
 */
class LoadBenchmark extends PortalIntegrationTest {

	@Test
	void mainJourneysUnderLoad() throws Exception {
		ScaleData.Scale scale = ScaleData.Scale.valueOf(System.getProperty("portal.benchmark.scale", "NATIONAL"));
		int users = Integer.getInteger("portal.load.users", 50);
		int seconds = Integer.getInteger("portal.load.seconds", 60);
		int ceilingUsers = Integer.getInteger("portal.load.ceiling-users", 16);
		int ceilingSeconds = Integer.getInteger("portal.load.ceiling-seconds", 20);
		int ceilingWarmUp = Integer.getInteger("portal.load.ceiling-warm-up-seconds", 10);
		Path jar = packagedPortal();
		String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
				COUNSELLOR_1);
		long loadStarted = System.nanoTime();
		// a database kept from an earlier run (-Dportal.embedded-db.temporary=false
		// -Dportal.embedded-db.data-dir=…) is used as it is
		boolean reused = jdbc.queryForObject(
				"select exists (select 1 from user_account where email like 'fk%@scale.example')", Boolean.class);
		String rows = reused ? ScaleData.describe(jdbc) + " (kept from an earlier run)"
				: ScaleData.load(jdbc, scale, hash);
		jdbc.execute("vacuum analyze");
		long loadSeconds = (System.nanoTime() - loadStarted) / 1_000_000_000;
		String counsellors = String.join(",", jdbc.queryForList("""
				select u.email || ';' || min(a.family_id) from user_account u
				join counsellor_assignment a on a.counsellor_id = u.id and a.kind = 'PRIMARY' and a.ended_on is null
				where u.email like '%@scale.example' group by u.email order by u.email limit ?""", String.class,
				users));

		int port = freePort();
		String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
		Path log = Path.of("target/benchmark/portal-under-load.log");
		Files.createDirectories(log.getParent());
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
		// e.g.
		// -XX:StartFlightRecording=filename=target/benchmark/portal.jfr,settings=profile
		String jvmOptions = System.getProperty("portal.load.jvm-options", "");
		if (!jvmOptions.isBlank()) {
			command.addAll(List.of(jvmOptions.trim().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--portal.bootstrap.admin-email=", "--portal.inquiry.min-fill-time=0s",
				// the background statistics run once after start-up (waited for below)
				// and
				// not again within the measured windows; its duration is reported
				"--portal.statistics.cache-ttl=2h", "--portal.inquiry.submissions-per-client=1000000000",
				"--portal.mail.outbox-dir=target/load-outbox",
				"--portal.account.login-throttle.max-failures-per-client=1000000"));
		Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			double startSeconds = waitUntilUp(port, started);
			BrowserlessSession coordinator = new BrowserlessSession(port).login(COORDINATOR, DEMO_PASSWORD);
			long t0 = System.nanoTime();
			assertThat(coordinator.get("/koordination/statistik").statusCode()).isEqualTo(200);
			double firstDashboard = (System.nanoTime() - t0) / 1e9;
			double backgroundStatistics = waitForBackgroundStatistics(log);

			// warm-up (JIT, caches, connection pool), not reported
			gatling("users", port, counsellors, users, Integer.getInteger("portal.load.warm-up-seconds", 30));
			MemorySampler memory = new MemorySampler(portal.pid());
			memory.start();
			// -Dportal.load.seconds=0: throughput only
			CpuTime beforeLoad = CpuTime.now(portal.pid());
			Map<String, Stats> underLoad = (seconds > 0) ? gatling("users", port, counsellors, users, seconds)
					: Map.of();
			CpuTime underLoadCpu = CpuTime.now(portal.pid()).minus(beforeLoad);
			memory.interrupt();
			memory.join();
			String heap = heapInfo(portal.pid());

			List<Ceiling> ceilings = new ArrayList<>();
			// the signed-in trivial page between every two others: each page is compared
			// with the runs right before and after it, as the machine's speed drifts
			List<String> journeys = List.of(
					System
						.getProperty("portal.load.journeys",
								"trivial,trivial-signed-in,home,trivial-signed-in,family,trivial-signed-in,visit-form,"
										+ "trivial-signed-in,visit-save,trivial-signed-in,dashboard,trivial-signed-in,"
										+ "interest,trivial-signed-in,trivial")
						.split(","));
			// every step once before any is measured: the trivial pages are not part of
			// the 50 users' mix, and their code was still being compiled in the first
			// steps (the signed-in trivial page cost 4.3 ms of portal CPU in step 2 and
			// 2.2-3.0 ms from step 6 on), which favoured the pages measured first
			for (String journey : new LinkedHashSet<>(journeys)) {
				gatling("ceiling:" + journey, port, counsellors, ceilingUsers,
						Integer.getInteger("portal.load.pre-warm-seconds", 15));
			}
			for (String journey : journeys) {
				// each step warmed up on its own first: the JIT compiles a page's own
				// code only once the page runs, meanwhile the compiler takes CPU from it
				gatling("ceiling:" + journey, port, counsellors, ceilingUsers, ceilingWarmUp);
				long lastVisit = jdbc.queryForObject("select coalesce(max(id), 0) from visit", Long.class);
				jdbc.execute("create extension if not exists pg_stat_statements");
				jdbc.execute("select pg_stat_statements_reset()");
				CpuTime before = CpuTime.now(portal.pid());
				long measuredFrom = System.currentTimeMillis();
				Map<String, Stats> stats = gatling("ceiling:" + journey, port, counsellors, ceilingUsers,
						ceilingSeconds);
				CpuTime used = CpuTime.now(portal.pid()).minus(before);
				// the window in epoch milliseconds, to cut a step out of a JFR profile of
				// the portal
				System.out.printf("Load benchmark step %s measured from %d to %d%n", journey, measuredFrom,
						System.currentTimeMillis());
				List<Statement> statements = statements();
				// every visit sent was stored, not answered as a duplicate
				long sent = stats.values()
					.stream()
					.filter(s -> s.name().startsWith("POST /familien/{id}/kontakte"))
					.mapToLong(Stats::count)
					.sum();
				assertThat(jdbc.queryForObject("select count(*) from visit where id > ?", Long.class, lastVisit))
					.as("visits stored in " + journey)
					.isGreaterThanOrEqualTo(sent);
				// the requests of one step: all but signing in and, for "visit-save", the
				// form fetched once per user before the loop
				List<Stats> step = stats.values()
					.stream()
					.filter(s -> !s.name().equals("All Requests") && !s.name().contains("login"))
					.filter(s -> !(journey.equals("visit-save")
							&& s.name().startsWith("GET /familien/{id}/kontakte/neu")))
					.toList();
				long requests = stats.values()
					.stream()
					.filter(s -> !s.name().equals("All Requests"))
					.mapToLong(Stats::count)
					.sum();
				long steps = step.stream().mapToLong(Stats::count).min().orElse(0);
				writeStatements(ceilings.size() + 1, journey, statements, steps);
				ceilings.add(new Ceiling(journey,
						step.stream().map(Stats::name).collect(Collectors.joining("` + `", "`", "`")),
						step.stream().mapToLong(Stats::count).sum() / (double) ceilingSeconds,
						step.stream().mapToLong(Stats::count).min().orElse(0) / (double) ceilingSeconds,
						used.portalMillis() / requests, used.databaseMillis() / requests, used.busyShare(),
						statements.stream().mapToLong(Statement::calls).sum() / (double) Math.max(steps, 1)));
			}
			write(scale, rows, loadSeconds, startSeconds, firstDashboard, backgroundStatistics, users, seconds,
					underLoad, ceilingUsers, ceilingSeconds, ceilings, memory, heap, underLoadCpu);
		}
		finally {
			portal.destroy();
			portal.waitFor();
		}
	}

	private static Path packagedPortal() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("pflegeverbund-portal-.*\\.jar"))
				.filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("Package the portal first: ./mvnw -B -DskipTests package"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static double waitUntilUp(int port, long started) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() - started < 180_000_000_000L) {
			try {
				if (client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
					return (System.nanoTime() - started) / 1e9;
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The portal did not come up; see target/benchmark/portal-under-load.log");
	}

	/** Runs the simulation in this JVM and reads the statistics of its report. */
	private static Map<String, Stats> gatling(String mode, int port, String counsellors, int users, int seconds)
			throws IOException {
		Path results = Path.of("target/gatling").toAbsolutePath();
		Files.createDirectories(results);
		System.setProperty("gatling.data.enableAnalytics", "false");
		System.setProperty("portal.load.base-url", "http://localhost:" + port);
		System.setProperty("portal.load.mode", mode);
		System.setProperty("portal.load.users", String.valueOf(users));
		System.setProperty("portal.load.seconds", String.valueOf(seconds));
		System.setProperty("portal.load.password", DEMO_PASSWORD);
		System.setProperty("portal.load.counsellors", counsellors);
		String description = mode.replace(':', '-');

		int status = io.gatling.app.Gatling$.MODULE$.fromArgs(
				new String[] { "-s", PortalSimulation.class.getName(), "-rf", results.toString(), "-rd", description });
		assertThat(status).as("Gatling run " + mode).isZero();
		Path report;
		try (Stream<Path> runs = Files.list(results)) {
			report = runs.filter(Files::isDirectory)
				.max(Comparator.comparing(p -> p.getFileName().toString())) // <simulation>-<yyyyMMddHHmmssSSS>
				.orElseThrow();
		}
		return Stats.parse(Files.readString(report.resolve("index.html")));
	}

	/**
	 * Seconds the portal's first background computation of the statistics took, from its
	 * log; waits for it, so that it does not run within a measured window.
	 */
	private static double waitForBackgroundStatistics(Path log) throws Exception {
		Pattern done = Pattern.compile("computed in the background in (\\d+) ms");
		long started = System.nanoTime();
		while (System.nanoTime() - started < 600_000_000_000L) {
			Matcher matcher = done.matcher(Files.readString(log));
			if (matcher.find()) {
				return Long.parseLong(matcher.group(1)) / 1000.0;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The background statistics did not finish within 10 minutes");
	}

	/**
	 * Requests/s of the runs of a journey, the mean of those right before and after the
	 * given step (or of all its runs without a step); NaN if it did not run.
	 */
	private static double mean(List<Ceiling> ceilings, String journey, int step) {
		List<Integer> runs = java.util.stream.IntStream.range(0, ceilings.size())
			.filter(i -> ceilings.get(i).journey().equals(journey))
			.boxed()
			.toList();
		List<Integer> around = (step < 0) ? runs
				: Stream
					.of(runs.stream().filter(i -> i < step).reduce((a, b) -> b),
							runs.stream().filter(i -> i > step).findFirst())
					.flatMap(java.util.Optional::stream)
					.toList();
		return around.stream().mapToDouble(i -> ceilings.get(i).requestsPerSecond()).average().orElse(Double.NaN);
	}

	/**
	 * The throughput of one journey step without think time, with the CPU time the portal
	 * and the database used per request (every request of the run, signing in included)
	 * and how busy the machine was.
	 */
	record Ceiling(String journey, String requests, double requestsPerSecond, double stepsPerSecond,
			double portalMillisPerRequest, double databaseMillisPerRequest, double machineBusy,
			double statementsPerStep) {
	}

	/** A statement the database ran during a step, from {@code pg_stat_statements}. */
	record Statement(String query, long calls, double totalMillis, long rows) {
	}

	/**
	 * The statements since the reset before the step, the benchmark's own queries left
	 * out (sign-ins and the warm-up of other steps are not in the window).
	 */
	private List<Statement> statements() {
		return jdbc.query("""
				select regexp_replace(query, '\\s+', ' ', 'g') as query, calls, total_exec_time, rows
				from pg_stat_statements
				where query !~* 'pg_stat_statements|coalesce\\(max\\(id\\), 0\\) from visit'
				order by calls desc, total_exec_time desc""", (rs, i) -> new Statement(rs.getString("query"),
				rs.getLong("calls"), rs.getDouble("total_exec_time"), rs.getLong("rows")));
	}

	/**
	 * What the database ran per step of a journey: calls and execution time of each
	 * statement, divided by the steps, into
	 * {@code target/benchmark/statements-<n>-<journey>.md}.
	 */
	private static void writeStatements(int number, String journey, List<Statement> statements, long steps)
			throws IOException {
		List<String> lines = new ArrayList<>();
		double per = Math.max(steps, 1);
		lines.add("# Database statements of step " + number + " (" + journey + "), per step of the journey (" + steps
				+ " steps)");
		lines.add("");
		lines.add("| calls per step | ms per step | rows per call | statement |");
		lines.add("|---|---|---|---|");
		for (Statement statement : statements) {
			lines.add(String.format(Locale.ROOT, "| %.2f | %.3f | %.1f | `%s` |", statement.calls() / per,
					statement.totalMillis() / per, statement.rows() / (double) Math.max(statement.calls(), 1),
					statement.query().replace("|", "\\|").replace("`", "'")));
		}
		Files.writeString(Path.of("target/benchmark/statements-" + number + "-" + journey + ".md"),
				String.join("\n", lines) + "\n");
	}

	/**
	 * CPU time from {@code /proc} (Linux): of the portal's process, of every PostgreSQL
	 * process (with the ended backends the postmaster has reaped), and of the whole
	 * machine. The load generator runs on the same machine, so the portal and the
	 * database do not get all of it.
	 */
	record CpuTime(long portalTicks, long databaseTicks, long machineBusyTicks, long machineTicks) {

		/** Clock ticks per second of {@code /proc}; 100 on Linux. */
		private static final double TICKS_PER_SECOND = 100;

		static CpuTime now(long portalPid) throws IOException {
			long portal = ticks(Path.of("/proc/" + portalPid + "/stat"), false);
			long database = 0;
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					try {
						if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
							database += ticks(process.resolve("stat"), true);
						}
					}
					catch (IOException ex) {
						// ended meanwhile
					}
				}
			}
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			long all = 0;
			for (int i = 1; i < Math.min(cpu.length, 9); i++) {
				long value = Long.parseLong(cpu[i]);
				all += value;
				// idle (4) and iowait (5) are not busy
				busy += (i == 4 || i == 5) ? 0 : value;
			}
			return new CpuTime(portal, database, busy, all);
		}

		/** utime + stime (and cutime + cstime) of one process. */
		private static long ticks(Path stat, boolean children) throws IOException {
			String line = Files.readString(stat);
			// the fields after the command name in parentheses, which may hold spaces
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return children ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
		}

		CpuTime minus(CpuTime before) {
			return new CpuTime(portalTicks - before.portalTicks, databaseTicks - before.databaseTicks,
					machineBusyTicks - before.machineBusyTicks, machineTicks - before.machineTicks);
		}

		double portalMillis() {
			return portalTicks * 1000 / TICKS_PER_SECOND;
		}

		double databaseMillis() {
			return databaseTicks * 1000 / TICKS_PER_SECOND;
		}

		double busyShare() {
			return (machineTicks == 0) ? Double.NaN : machineBusyTicks / (double) machineTicks;
		}

	}

	record Stats(String name, long count, long ko, double p50, double p95, double p99, double max, double perSecond) {

		/** The statistics table of Gatling's report page. */
		static Map<String, Stats> parse(String indexHtml) {
			Map<String, Stats> all = new LinkedHashMap<>();
			for (org.jsoup.nodes.Element row : org.jsoup.Jsoup.parse(indexHtml).select("tr:has(td.col-14)")) {
				org.jsoup.nodes.Element label = row.selectFirst(".ellipsed-name");
				String name = (label != null) ? label.text() : row.selectFirst("td.col-1").text();
				all.put(name, new Stats(name, (long) cell(row, 2), (long) cell(row, 4), cell(row, 8), cell(row, 10),
						cell(row, 11), cell(row, 12), cell(row, 6)));
			}
			return all;
		}

		private static double cell(org.jsoup.nodes.Element row, int column) {
			org.jsoup.nodes.Element cell = row.selectFirst("td.col-" + column);
			return (cell != null) ? Double.parseDouble(cell.text().replace(",", "")) : Double.NaN;
		}

	}

	/** The portal's resident memory, sampled once a second. */
	static final class MemorySampler extends Thread {

		private final long pid;

		final AtomicLong maxRssKb = new AtomicLong();

		MemorySampler(long pid) {
			this.pid = pid;
			setDaemon(true);
		}

		@Override
		public void run() {
			Path status = Path.of("/proc/" + pid + "/status");
			while (!isInterrupted()) {
				try {
					for (String line : Files.readAllLines(status)) {
						if (line.startsWith("VmRSS:")) {
							long kb = Long.parseLong(line.replaceAll("\\D", ""));
							maxRssKb.accumulateAndGet(kb, Math::max);
						}
					}
					Thread.sleep(1000);
				}
				catch (IOException ex) {
					return;
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

	private static String heapInfo(long pid) {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(pid), "GC.heap_info")
				.redirectErrorStream(true)
				.start();
			String out = new String(jcmd.getInputStream().readAllBytes());
			jcmd.waitFor();
			return out.lines()
				.filter(l -> l.contains("total") || l.contains("used"))
				.map(String::strip)
				.collect(Collectors.joining("; "));
		}
		catch (IOException | InterruptedException ex) {
			return "n/a (" + ex.getMessage() + ")";
		}
	}

	private static void write(ScaleData.Scale scale, String rows, long loadSeconds, double startSeconds,
			double firstDashboard, double backgroundStatistics, int users, int seconds, Map<String, Stats> underLoad,
			int ceilingUsers, int ceilingSeconds, List<Ceiling> ceilings, MemorySampler memory, String heap,
			CpuTime underLoadCpu) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# Load benchmark (" + scale.name().toLowerCase(Locale.ROOT) + " scale)");
		lines.add("");
		lines.add("Data: " + rows + " (generated in " + loadSeconds + " s).");
		lines.add(String.format(Locale.ROOT,
				"Portal: packaged jar, own process, -Xmx512m; start-up until health UP %.1f s; first coordinator "
						+ "dashboard (computes the figures) %.1f s.",
				startSeconds, firstDashboard));
		lines.add(String.format(Locale.ROOT,
				"Background computation of the statistics (current year and trend; waited for, then not again "
						+ "within the measured windows): %.1f s.",
				backgroundStatistics));
		lines.add("");
		lines.add("## " + users + " concurrent users for " + seconds
				+ " s (think time 1-3 s): 80 % counsellors, 10 % coordinators, 10 % visitors");
		lines.add("");
		lines.add("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | requests/s |");
		lines.add("|---|---|---|---|---|---|---|---|");
		underLoad.values()
			.stream()
			.filter(s -> !s.name().equals("All Requests"))
			.forEach(s -> lines.add(String.format(Locale.ROOT, "| `%s` | %d | %d | %.0f | %.0f | %.0f | %.0f | %.1f |",
					s.name(), s.count(), s.ko(), s.p50(), s.p95(), s.p99(), s.max(), s.perSecond())));
		lines.add("");
		lines
			.add(String.format(Locale.ROOT, "Memory of the portal under this load: peak resident %d MB; heap after: %s",
					memory.maxRssKb.get() / 1024, heap));
		lines.add("");
		lines.add(String.format(Locale.ROOT,
				"CPU under this load (from /proc): portal %.2f cores, PostgreSQL %.2f cores on average; "
						+ "machine busy %.0f %% (load generator included).",
				underLoadCpu.portalMillis() / 1000 / seconds, underLoadCpu.databaseMillis() / 1000 / seconds,
				100 * underLoadCpu.busyShare()));
		lines.add("");
		lines.add("## Throughput without think time (" + ceilingUsers + " users, " + ceilingSeconds
				+ " s each after a warm-up of its own)");
		lines.add("");
		lines.add("Requests/s count every request of a step (a form sent and the page it redirects to are two). "
				+ "The share of the trivial page compares with the mean of its runs (first and last); the share "
				+ "of the signed-in trivial page with the mean of its runs right before and after the step.");
		lines.add("");
		lines.add("CPU per request: the portal's and PostgreSQL's CPU time during the step divided by all its "
				+ "requests (from /proc, 10 ms resolution); machine busy: both cores, the load generator included.");
		lines.add("");
		lines.add("Statements per step: what PostgreSQL ran per step of the journey (pg_stat_statements calls, "
				+ "BEGIN and COMMIT included); each statement in target/benchmark/statements-<#>-<journey>.md.");
		lines.add("");
		lines.add("| # | journey step (its requests) | steps/s | requests/s | share of the trivial page "
				+ "| share of the trivial page signed in | CPU ms/request portal + database | machine busy "
				+ "| statements per step |");
		lines.add("|---|---|---|---|---|---|---|---|---|");
		double trivial = mean(ceilings, "trivial", -1);
		for (int i = 0; i < ceilings.size(); i++) {
			Ceiling ceiling = ceilings.get(i);
			double signedIn = mean(ceilings, "trivial-signed-in", i);
			lines.add(String.format(Locale.ROOT,
					"| %d | %s: %s | %.0f | %.0f | %.0f %% | %s | %.2f + %.2f | %.0f %% | %.1f |", i + 1,
					ceiling.journey(), ceiling.requests(), ceiling.stepsPerSecond(), ceiling.requestsPerSecond(),
					100 * ceiling.requestsPerSecond() / trivial,
					ceiling.journey().startsWith("trivial") ? "–"
							: String.format(Locale.ROOT, "%.0f %% (of %.0f)",
									100 * ceiling.requestsPerSecond() / signedIn, signedIn),
					ceiling.portalMillisPerRequest(), ceiling.databaseMillisPerRequest(), 100 * ceiling.machineBusy(),
					ceiling.statementsPerStep()));
		}
		String report = String.join("\n", lines) + "\n";
		Path out = Path.of("target/benchmark/load.md");
		Files.writeString(out, report);
		System.out.println(report);
	}

}
