package de.pflegeverbund.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the supervision pages show.
 */
public final class Views {

	private Views() {
	}

	/**
	 * A session in a list: who took part, not what was discussed.
	 */
	public record SessionItem(long id, SupervisionKind kind, LocalDate heldOn, int minutes, List<String> participants) {
	}

	/**
	 * A session with its contents, for those who may read them.
	 */
	public record SessionView(long id, SupervisionKind kind, LocalDate heldOn, int minutes, @Nullable String supervisor,
			List<String> participants, List<String> familyPseudonyms, @Nullable String topics,
			@Nullable String agreements, String recordedBy) {
	}

	/**
	 * An Arbeitskreis of the network someone attended, counted automatically.
	 */
	public record WorkingGroupItem(long meetingId, String title, Instant startsAt, int minutes) {
	}

	/**
	 * Hours of one counsellor in a year against the target.
	 *
	 * @param expectedMinutes the target pro rata up to today (all of it for past years)
	 */
	public record Progress(long accountId, String name, int sessionMinutes, int workingGroupMinutes, int targetHours,
			int expectedMinutes) {

		public int totalMinutes() {
			return sessionMinutes + workingGroupMinutes;
		}

		public boolean behind() {
			return totalMinutes() < expectedMinutes;
		}

	}

	/**
	 * The signed-in user's own page: sessions, Arbeitskreise, hours.
	 */
	public record Overview(int year, List<SessionItem> sessions, List<WorkingGroupItem> workingGroups,
			@Nullable Progress progress) {
	}

	/**
	 * Sessions of one kind in a year: how many, how long.
	 */
	public record KindFigures(int sessions, int minutes) {
	}

	/**
	 * The Leitung's quality page.
	 */
	public record QualityReport(int year, int targetHours, List<Progress> counsellors,
			Map<SupervisionKind, KindFigures> byKind, int workingGroupAttendances) {

		public long behindCount() {
			return counsellors.stream().filter(Progress::behind).count();
		}

	}

}
