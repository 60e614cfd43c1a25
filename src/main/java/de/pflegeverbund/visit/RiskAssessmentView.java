package de.pflegeverbund.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A risk assessment as the Leitung's pages show it.
 */
public record RiskAssessmentView(long id, long familyId, String familyName, long visitId, Instant openedAt,
		@Nullable String secondReviewer, @Nullable String outcome, @Nullable LocalDate youthOfficeInformedOn,
		@Nullable Instant closedAt, @Nullable String closeReason) {

	public boolean isOpen() {
		return closedAt == null;
	}

	static RiskAssessmentView of(RiskAssessment assessment, String familyName) {
		return new RiskAssessmentView(assessment.id(), assessment.familyId(), familyName, assessment.visitId(),
				assessment.openedAt(), assessment.secondReviewer(), assessment.outcome(),
				assessment.youthOfficeInformedOn(), assessment.closedAt(), assessment.closeReason());
	}

}
