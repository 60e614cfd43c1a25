package de.pflegeverbund.inquiry;

import java.util.Arrays;
import java.util.List;

/**
 * Where an inquiry stands in the Träger's pipeline: Neu → Kontaktiert → Infoveranstaltung
 * → Eignungsprüfung → Vorbereitung → geeignet / abgesagt / zurückgezogen. Steps may be
 * skipped and a closed inquiry reopened, as long as it has not become a family.
 */
public enum InquiryStatus {

	/** Neu: received, nobody has spoken to the applicants yet. */
	NEW,

	/** Kontaktiert: first conversation held. */
	CONTACTED,

	/** Infoveranstaltung: invited to or attended an information evening. */
	INFO_EVENT,

	/** Eignungsprüfung: the suitability assessment is running. */
	ASSESSMENT,

	/** Vorbereitung: preparation course. */
	PREPARATION,

	/** Geeignet: assessed as suitable; becomes a Pflegefamilie. */
	SUITABLE,

	/** Abgesagt: the Träger declined. */
	DECLINED,

	/** Zurückgezogen: the applicants withdrew. */
	WITHDRAWN;

	/** The statuses of the pipeline that are still in progress, in order. */
	public static final List<InquiryStatus> OPEN = Arrays.stream(values()).filter(s -> !s.isClosed()).toList();

	public boolean isClosed() {
		return this == SUITABLE || this == DECLINED || this == WITHDRAWN;
	}

}
