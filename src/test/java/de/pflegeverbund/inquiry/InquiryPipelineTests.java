package de.pflegeverbund.inquiry;

import java.time.LocalDate;
import java.util.Map;

import de.pflegeverbund.inquiry.domain.InquiryErasures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Träger's pipeline: list, board, assignment, notes, dated status changes, the
 * conversion into a family, erasure on request and after the retention period, and the
 * state office's inbox.
 */
class InquiryPipelineTests extends InquiryTestSupport {

	@Autowired
	InquiryErasures erasures;

	@Test
	void leitungSeesOnlyTheInquiriesOfItsTraegerInListAndBoard() {
		String prefix = newPrefix();
		TestProvider own = provider(prefix);
		TestProvider other = provider(newPrefix() + "9");
		String mine = uniqueName("Eigen");
		String theirs = uniqueName("Fremd");
		inquiryAt(prefix + "01", mine);
		inquiryAt(other.id() == own.id() ? ""
				: jdbc.queryForObject("select postal_prefix from provider_service_area where provider_id = ?",
						String.class, other.id()) + "1",
				theirs);

		assertThat(mvc.get().uri("/anfragen").with(as(own.lead()))).hasStatusOk()
			.bodyText()
			.contains(mine)
			.doesNotContain(theirs);
		assertThat(mvc.get().uri("/anfragen/tafel").with(as(own.lead()))).hasStatusOk()
			.bodyText()
			.contains(mine, "Eignungsprüfung")
			.doesNotContain(theirs);
		assertThat(mvc.get().uri("/anfragen").with(as(other.lead()))).bodyText().contains(theirs).doesNotContain(mine);
	}

	@Test
	void counsellorSeesTheInquiriesGivenToThemOnly() throws Exception {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		String name = uniqueName("Zugeordnet");
		long id = inquiryAt(prefix + "02", name);
		assertThat(mvc.get().uri("/anfragen/" + id).with(as(provider.counsellor()))).hasStatus(404);

		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/zuordnung")
			.with(as(provider.lead()))
			.with(csrf())
			.param("counsellorId", String.valueOf(accountId(provider.counsellor())))).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/anfragen/" + id).with(as(provider.counsellor()))).hasStatusOk()
			.bodyText()
			.contains(name);
		assertThat(mvc.get().uri("/anfragen").with(as(provider.counsellor()))).bodyText().contains(name);
		String mail = (String) mailsTo(provider.counsellor()).get(0).getContent();
		assertThat(mail).contains("/anfragen/" + id).doesNotContain(name);
	}

	@Test
	void assigningSomebodyOfAnotherTraegerIsRefused() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long id = inquiryAt(prefix + "03", uniqueName("Fremdzuordnung"));

		MvcTestResult result = mvc.post()
			.uri("/anfragen/" + id + "/zuordnung")
			.with(as(provider.lead()))
			.with(csrf())
			.param("counsellorId", String.valueOf(accountId(COUNSELLOR_2)))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("gehört nicht (mehr) zu Ihrem Träger");
		assertThat(jdbc.queryForObject("select counsellor_id from inquiry where id = ?", Long.class, id)).isNull();
	}

	@Test
	void statusChangesAreDatedAndCheckedAndNotesKept() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long id = inquiryAt(prefix + "04", uniqueName("Verlauf"));
		String today = today().toString();

		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/status")
			.with(as(provider.lead()))
			.with(csrf())
			.param("status", "CONTACTED")
			.param("changedOn", today)
			.param("note", "Erstgespräch am Telefon")).hasStatus3xxRedirection();
		MvcTestResult future = mvc.post()
			.uri("/anfragen/" + id + "/status")
			.with(as(provider.lead()))
			.with(csrf())
			.param("status", "INFO_EVENT")
			.param("changedOn", today().plusDays(1).toString())
			.param("note", "Mein Entwurf")
			.exchange();
		assertThat(future).hasStatusOk();
		assertThat(future).bodyText().contains("nicht in der Zukunft", "Mein Entwurf");
		MvcTestResult earlier = mvc.post()
			.uri("/anfragen/" + id + "/status")
			.with(as(provider.lead()))
			.with(csrf())
			.param("status", "INFO_EVENT")
			.param("changedOn", today().minusDays(1).toString())
			.exchange();
		assertThat(earlier).bodyText().contains("nicht vor der letzten Statusänderung");
		MvcTestResult same = mvc.post()
			.uri("/anfragen/" + id + "/status")
			.with(as(provider.lead()))
			.with(csrf())
			.param("status", "CONTACTED")
			.param("changedOn", today)
			.exchange();
		assertThat(same).bodyText().contains("hat diesen Status bereits");
		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/notizen")
			.with(as(provider.lead()))
			.with(csrf())
			.param("text", "Infoabend am Donnerstag")).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/notizen")
			.with(as(provider.lead()))
			.with(csrf())
			.param("text", "  ")).bodyText().contains("Bitte schreiben Sie eine Notiz");

		assertThat(jdbc.queryForObject("select status from inquiry where id = ?", String.class, id))
			.isEqualTo("CONTACTED");
		assertThat(mvc.get().uri("/anfragen/" + id).with(as(provider.lead()))).bodyText()
			.contains("Kontaktiert", "Erstgespräch am Telefon", "Infoabend am Donnerstag");
		assertThat(
				jdbc.queryForObject("select count(*) from inquiry_status_change where inquiry_id = ?", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void suitableInquiryBecomesAFamilyWithoutTypingAnythingTwice() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		String name = uniqueName("Umwandlung");
		long id = inquiryAt(prefix + "05", name);
		inquiries.assign(user(provider.lead()), id, accountId(provider.counsellor()));
		jdbc.update("update inquiry set received_at = now() - interval '10 days' where id = ?", id);
		jdbc.update("update inquiry_status_change set changed_on = current_date - 10 where inquiry_id = ?", id);
		LocalDate suitableOn = today().minusDays(2);
		inquiries.changeStatus(user(provider.lead()), id, InquiryStatus.ASSESSMENT, suitableOn.minusDays(1), null);
		inquiries.changeStatus(user(provider.lead()), id, InquiryStatus.SUITABLE, suitableOn, null);

		MvcTestResult draft = mvc.get().uri("/anfragen/" + id + "/pflegefamilie").with(as(provider.lead())).exchange();
		assertThat(draft).hasStatusOk();
		String html = html(draft);
		assertThat(html).contains("value=\"" + name + "\"", "value=\"Mara " + name + "\"", "value=\"1985\"",
				"value=\"Tim " + name + "\"", "value=\"1983\"", "value=\"" + prefix + "05\"", "value=\"Teststadt\"",
				"value=\"0251 999\"");

		MvcTestResult created = mvc.post()
			.uri("/anfragen/" + id + "/pflegefamilie")
			.with(as(provider.lead()))
			.with(csrf())
			.params(formFields(html))
			.exchange();

		assertThat(created).hasStatus3xxRedirection();
		Long familyId = jdbc.queryForObject("select family_id from inquiry where id = ?", Long.class, id);
		assertThat(created).redirectedUrl().isEqualTo("/familien/" + familyId);
		Map<String, Object> family = jdbc.queryForMap(
				"select name, status, suitability_date, postal_code, provider_id from foster_family where id = ?",
				familyId);
		assertThat(family).containsEntry("name", name)
			.containsEntry("status", "SUITABLE")
			.containsEntry("suitability_date", java.sql.Date.valueOf(suitableOn))
			.containsEntry("provider_id", provider.id());
		assertThat(jdbc.queryForList("select name from foster_parent where family_id = ? order by position",
				String.class, familyId))
			.containsExactly("Mara " + name, "Tim " + name);
		assertThat(jdbc.queryForObject(
				"select counsellor_id from counsellor_assignment where family_id = ? and kind = 'PRIMARY'", Long.class,
				familyId))
			.isEqualTo(accountId(provider.counsellor()));

		MvcTestResult again = mvc.post()
			.uri("/anfragen/" + id + "/pflegefamilie")
			.with(as(provider.lead()))
			.with(csrf())
			.params(formFields(html))
			.exchange();
		assertThat(again).as("the same form sent again leads to the family created by the first")
			.redirectedUrl()
			.isEqualTo("/familien/" + familyId);
		org.springframework.util.MultiValueMap<String, String> anotherForm = formFields(html);
		anotherForm.remove("_formular");
		MvcTestResult another = mvc.post()
			.uri("/anfragen/" + id + "/pflegefamilie")
			.with(as(provider.lead()))
			.with(csrf())
			.params(anotherForm)
			.exchange();
		assertThat(another).bodyText().contains("bereits eine Pflegefamilie");
		assertThat(jdbc.queryForObject("select count(*) from foster_family where name = ?", Long.class, name))
			.isEqualTo(1);
	}

	@Test
	void concurrentNotesAndStatusChangesAreAllKept() throws Exception {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long id = inquiryAt(prefix + "12", uniqueName("Gleichzeitig"));
		inquiries.assign(user(provider.lead()), id, accountId(provider.counsellor()));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String author = (i % 2 == 0) ? provider.lead() : provider.counsellor();
			int n = i;
			work.add(pool.submit(() -> inquiries.addNote(user(author), id, "Notiz " + n)));
		}
		work.add(pool
			.submit(() -> inquiries.changeStatus(user(provider.lead()), id, InquiryStatus.CONTACTED, today(), null)));
		for (java.util.concurrent.Future<?> future : work) {
			future.get();
		}
		pool.shutdown();

		assertThat(jdbc.queryForObject("select count(*) from inquiry_note where inquiry_id = ?", Long.class, id))
			.isEqualTo(20);
		assertThat(jdbc.queryForObject("select status from inquiry where id = ?", String.class, id))
			.isEqualTo("CONTACTED");
	}

	@Test
	void onlyASuitableInquiryCanBecomeAFamily() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long id = inquiryAt(prefix + "06", uniqueName("Nochnicht"));

		assertThat(mvc.get().uri("/anfragen/" + id + "/pflegefamilie").with(as(provider.lead()))).redirectedUrl()
			.isEqualTo("/anfragen/" + id);
		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/pflegefamilie")
			.with(as(provider.lead()))
			.with(csrf())
			.param("name", "X")).hasStatusOk();
		assertThat(jdbc.queryForObject("select family_id from inquiry where id = ?", Long.class, id)).isNull();
	}

	@Test
	void erasureOnRequestLeavesOnlyAnAnonymousCount() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		String name = uniqueName("Widerruf");
		long id = inquiryAt(prefix + "07", name);
		inquiries.addNote(user(provider.lead()), id, "Notiz zu " + name);

		MvcTestResult unconfirmed = mvc.post()
			.uri("/anfragen/" + id + "/loeschen")
			.with(as(provider.lead()))
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).bodyText().contains("Bitte bestätigen Sie das Löschen");
		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/loeschen")
			.with(as(provider.lead()))
			.with(csrf())
			.param("confirmed", "true")).redirectedUrl().isEqualTo("/anfragen");

		assertThat(jdbc.queryForObject("select count(*) from inquiry where id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from inquiry_note where inquiry_id = ?", Long.class, id))
			.isZero();
		assertThat(
				jdbc.queryForObject("select count(*) from inquiry_erasure where provider_id = ? and reason = 'REQUEST'",
						Long.class, provider.id()))
			.isEqualTo(1);
		assertThat(mvc.get().uri("/anfragen/" + id).with(as(provider.lead()))).hasStatus(404);
	}

	@Test
	void retentionJobErasesClosedAndIdleInquiriesOnly() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long closedLongAgo = inquiryAt(prefix + "08", uniqueName("Abgeschlossen"));
		long closedRecently = inquiryAt(prefix + "08", uniqueName("Frischzu"));
		long idle = inquiryAt(prefix + "08", uniqueName("Liegengeblieben"));
		long active = inquiryAt(prefix + "08", uniqueName("Aktiv"));
		inquiries.changeStatus(user(provider.lead()), closedLongAgo, InquiryStatus.WITHDRAWN, today(), null);
		inquiries.changeStatus(user(provider.lead()), closedRecently, InquiryStatus.DECLINED, today(), null);
		jdbc.update("update inquiry set closed_at = now() - interval '32 days' where id = ?", closedLongAgo);
		jdbc.update("update inquiry set last_activity_at = now() - interval '7 months' where id = ?", idle);
		jdbc.update("update inquiry set last_activity_at = now() - interval '5 months' where id = ?", active);

		Map<InquiryErasures.Reason, Integer> erased = erasures.eraseStale();

		assertThat(erased.get(InquiryErasures.Reason.CLOSED)).isGreaterThanOrEqualTo(1);
		assertThat(erased.get(InquiryErasures.Reason.IDLE)).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForList("select id from inquiry where id in (?, ?, ?, ?)", Long.class, closedLongAgo,
				closedRecently, idle, active))
			.containsExactlyInAnyOrder(closedRecently, active);
		assertThat(jdbc.queryForList(
				"select reason || ':' || last_status from inquiry_erasure where provider_id = ? order by reason",
				String.class, provider.id()))
			.containsExactly("CLOSED:WITHDRAWN", "IDLE:NEW");
	}

	@Test
	void coordinatorForwardsInboxInquiriesWithoutSeeingNames() throws Exception {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		String name = uniqueName("Eingang");
		long id = inquiryAt("09" + prefix, name);

		MvcTestResult inbox = mvc.get().uri("/koordination/anfragen").with(as(COORDINATOR)).exchange();
		assertThat(inbox).hasStatusOk();
		assertThat(inbox).bodyText().contains("09" + prefix, "Teststadt").doesNotContain(name, "Mara", "0251 999");
		assertThat(mvc.get().uri("/anfragen/" + id).with(as(COORDINATOR))).hasStatus(404);
		MvcTestResult missing = mvc.post()
			.uri("/koordination/anfragen/" + id + "/weiterleiten")
			.with(as(COORDINATOR))
			.with(csrf())
			.exchange();
		assertThat(missing).hasStatusOk();
		assertThat(html(missing)).contains("traeger-fehler-" + id, "Bitte wählen Sie einen Träger");

		assertThat(mvc.post()
			.uri("/koordination/anfragen/" + id + "/weiterleiten")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("providerId", String.valueOf(provider.id()))).redirectedUrl().isEqualTo("/koordination/anfragen");

		assertThat(jdbc.queryForObject("select provider_id from inquiry where id = ?", Long.class, id))
			.isEqualTo(provider.id());
		assertThat((String) mailsTo(provider.lead()).get(0).getContent()).contains("/anfragen/" + id)
			.doesNotContain(name);
		assertThat(mvc.get().uri("/anfragen/" + id).with(as(provider.lead()))).hasStatusOk();
		assertThat(mvc.post()
			.uri("/koordination/anfragen/" + id + "/weiterleiten")
			.with(as(COORDINATOR))
			.with(csrf())
			.param("providerId", String.valueOf(provider.id()))).hasStatus(404);
	}

	@Test
	void openInquiriesOfADeactivatedTraegerGoBackToTheInbox() throws Exception {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long open = inquiryAt(prefix + "13", uniqueName("Rueckgabe"));
		long closed = inquiryAt(prefix + "13", uniqueName("Abgesagt"));
		inquiries.changeStatus(user(provider.lead()), closed, InquiryStatus.DECLINED, today(), null);

		providers.deactivate(provider.id());

		long deadline = System.currentTimeMillis() + 10_000;
		while (jdbc.queryForObject("select provider_id from inquiry where id = ?", Long.class, open) != null
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(jdbc.queryForObject("select provider_id from inquiry where id = ?", Long.class, open)).isNull();
		assertThat(jdbc.queryForObject("select provider_id from inquiry where id = ?", Long.class, closed))
			.isEqualTo(provider.id());
		assertThat(mvc.get().uri("/koordination/anfragen").with(as(COORDINATOR))).bodyText().contains(prefix + "13");
		assertThat(mailsTo(COORDINATOR)).isNotEmpty();
	}

	@Test
	void homePagesShowTheInquiryCards() {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		inquiryAt(prefix + "10", uniqueName("Karte"));
		inquiryAt("08" + prefix, uniqueName("Karteeingang"));

		assertThat(mvc.get().uri("/leitung").with(as(provider.lead()))).bodyText().contains("Neue Anfragen");
		assertThat(mvc.get().uri("/koordination").with(as(COORDINATOR))).bodyText().contains("Anfragen ohne Träger");
	}

	/**
	 * The values of every input and selected option of a rendered form, as a browser
	 * would send them.
	 */
	private static org.springframework.util.MultiValueMap<String, String> formFields(String html) {
		org.springframework.util.MultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
		org.jsoup.nodes.Element form = document.selectFirst("form.portal-form");
		form.select("input[name]").forEach(input -> {
			String type = input.attr("type");
			if (("checkbox".equals(type) || "radio".equals(type)) && !input.hasAttr("checked")) {
				return;
			}
			fields.add(input.attr("name"), input.attr("value"));
		});
		form.select("select[name]").forEach(select -> {
			org.jsoup.nodes.Element selected = select.selectFirst("option[selected]");
			fields.add(select.attr("name"), (selected != null) ? selected.attr("value") : "");
		});
		form.select("textarea[name]").forEach(area -> fields.add(area.attr("name"), area.text()));
		return fields;
	}

	@Test
	void anAssignmentFromAStalePageReplacesNoneMadeMeanwhile() throws Exception {
		String prefix = newPrefix();
		TestProvider provider = provider(prefix);
		long id = inquiryAt(prefix + "07", uniqueName("Zuordnung"));
		long lead = accountId(provider.lead());
		long counsellor = accountId(provider.counsellor());
		String stale = stampOn(mvc.get().uri("/anfragen/" + id).with(as(provider.lead())).exchange());
		// meanwhile, in another tab
		inquiries.assign(user(provider.lead()), id, counsellor);

		MvcTestResult refused = mvc.post()
			.uri("/anfragen/" + id + "/zuordnung")
			.with(as(provider.lead()))
			.with(csrf())
			.param("stand", stale)
			.param("counsellorId", String.valueOf(lead))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("Jemand hat die Anfrage inzwischen anders zugeordnet", "Fachkraft " + provider.name())
			.containsPattern("value=\"" + lead + "\"[^>]*selected");
		assertThat(assignedTo(id)).isEqualTo(counsellor);

		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/zuordnung")
			.with(as(provider.lead()))
			.with(csrf())
			.param("stand", stale)
			.param("counsellorId", String.valueOf(counsellor))).as("the choice made meanwhile: nothing lost")
			.hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/anfragen/" + id + "/zuordnung")
			.with(as(provider.lead()))
			.with(csrf())
			.param("stand", stampOn(refused))
			.param("counsellorId", String.valueOf(lead))).as("sent again from the page that showed the conflict")
			.hasStatus3xxRedirection();
		assertThat(assignedTo(id)).isEqualTo(lead);
	}

	private long assignedTo(long inquiry) {
		return jdbc.queryForObject("select counsellor_id from inquiry where id = ?", Long.class, inquiry);
	}

}
