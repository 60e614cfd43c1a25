package de.pflegeverbund.shared.web;

import java.time.Duration;

import de.pflegeverbund.shared.db.DuplicateSubmissionException;
import de.pflegeverbund.shared.db.FormSubmissionKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a form sent again: with the page the first sending led to and a note that it
 * was saved once; when there is no such page (the first sending is still being answered,
 * or it was answered with the form again), with a page that says so and leads back.
 */
@ControllerAdvice
class DuplicateSubmissionAdvice {

	private static final Duration PATIENCE = Duration.ofSeconds(3);

	private final FormSubmissions submissions;

	DuplicateSubmissionAdvice(FormSubmissions submissions) {
		this.submissions = submissions;
	}

	@ExceptionHandler(DuplicateSubmissionException.class)
	String sentAgain(DuplicateSubmissionException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		String location = submissions.locationOf(ex.token(), PATIENCE);
		if (location != null) {
			RequestContextUtils.getOutputFlashMap(request).put("notice", "form.sentAgain.notice");
			return "redirect:" + location;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("back", backTo(request));
		return "error/sent-again";
	}

	/**
	 * A write that failed on what a sending of the same form wrote at the same moment (a
	 * unique key, a version, a lock) is a form sent twice as well; any other such failure
	 * is not this advice's business.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
			PessimisticLockingFailureException.class })
	String failedBesideItsTwin(DataAccessException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		FormSubmissionKey key = FormSubmissionKey.current();
		if (key == null || key.stored() || !submissions.isStored(key.token())) {
			throw ex;
		}
		return sentAgain(new DuplicateSubmissionException(key.token()), request, response, model);
	}

	/** The page the form was on, if it is one of the portal's own. */
	private static String backTo(HttpServletRequest request) {
		String page = FormSubmissions.ownPath(request, request.getHeader("Referer"));
		return FormSubmissions.isOwnPath(page) ? page : "/";
	}

}
