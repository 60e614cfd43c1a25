package de.pflegeverbund.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pflegeverbund.account.AccountManagement;
import de.pflegeverbund.account.PortalUser;
import de.pflegeverbund.shared.web.Csv;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Leitung's view of its staff's audit events ({@code /leitung/protokoll}) and the
 * export as CSV. Times are shown in UTC, as stored.
 */
@Controller
class AuditController {

	private static final int SHOWN = 300;

	private static final int EXPORTED = 50_000;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

	private final AuditLog log;

	private final AccountManagement accounts;

	AuditController(AuditLog log, AccountManagement accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@GetMapping("/leitung/protokoll")
	String events(@AuthenticationPrincipal PortalUser user, Model model) {
		long providerId = user.requireProviderId();
		model.addAttribute("events", log.latest(providerId, SHOWN));
		model.addAttribute("names", accounts.staffNames(providerId));
		model.addAttribute("shown", SHOWN);
		return "audit/events";
	}

	@GetMapping("/leitung/protokoll.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal PortalUser user) {
		long providerId = user.requireProviderId();
		Map<Long, String> names = accounts.staffNames(providerId);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("id", "time_utc", "account_id", "name", "action", "record_type", "record_id", "route",
				"status"));
		for (AuditEvent event : log.latest(providerId, EXPORTED)) {
			rows.add(List.of(Long.toString(event.id()), UTC.format(event.occurredAt()), text(event.accountId()),
					(event.accountId() != null) ? names.getOrDefault(event.accountId(), "") : "", event.action(),
					text(event.recordType()), text(event.recordId()), text(event.route()), text(event.status())));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("protokoll.csv").build().toString())
			.body(Csv.of(rows));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
