package de.pflegeverbund.shared.mail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server the mails are written as {@code .eml} files that a mail program
 * opens: sender, recipient, subject and German text intact, an attachment attached.
 */
class MailOutboxTests {

	@TempDir
	Path outbox;

	@Test
	void mailsWithoutAnSmtpServerAreWrittenAsFiles() throws Exception {
		MailService mail = new MailService(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				"portal@pflegeverbund.example", outbox);
		mail.send("leitung@traeger.example", "Neue Anfrage für Ihren Träger", "Grüße aus Münster – bitte prüfen.");
		mail.send("familie@traeger.example", "Einladung", "Sie sind eingeladen.",
				new MailService.Attachment("termin.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()));

		List<Path> files;
		try (var listing = Files.list(outbox)) {
			files = listing.sorted().toList();
		}
		assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file.toString()).endsWith(".eml"));
		List<MimeMessage> messages = files.stream().map(MailOutboxTests::read).toList();
		MimeMessage plain = messages.stream()
			.filter(m -> subjectOf(m).startsWith("Neue Anfrage"))
			.findFirst()
			.orElseThrow();
		assertThat(plain.getFrom()[0].toString()).isEqualTo("portal@pflegeverbund.example");
		assertThat(plain.getAllRecipients()[0].toString()).isEqualTo("leitung@traeger.example");
		assertThat(subjectOf(plain)).isEqualTo("Neue Anfrage für Ihren Träger");
		assertThat(plain.getContent()).isEqualTo("Grüße aus Münster – bitte prüfen.");
		MimeMessage invitation = messages.stream()
			.filter(m -> subjectOf(m).equals("Einladung"))
			.findFirst()
			.orElseThrow();
		assertThat(invitation.getContentType()).startsWith("multipart/mixed");
	}

	@Test
	void jakartaMailFindsItsStreamProviderByNameNotByScanningTheClassPath() {
		new MailService(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				"portal@pflegeverbund.example", outbox);

		assertThat(System.getProperty(MailService.STREAM_PROVIDER))
			.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		// the named class is there: Jakarta Mail would otherwise fail on every mail
		assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
			.isEqualTo(System.getProperty(MailService.STREAM_PROVIDER));
	}

	private static MimeMessage read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			message.getContent(); // read whole
			return message;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
