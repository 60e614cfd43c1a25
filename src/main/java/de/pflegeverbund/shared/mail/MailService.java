package de.pflegeverbund.shared.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text e-mails. With an SMTP server configured ({@code spring.mail.host})
 * they go through Spring Mail; without one they are written as {@code .eml} files to
 * {@code portal.mail.outbox-dir}, so that a local user can open an invitation. The log
 * names the file only, never the recipient or the content.
 */
@Service
public class MailService {

	private static final Log logger = LogFactory.getLog(MailService.class);

	/**
	 * The system property by which Jakarta Mail finds its stream provider by name.
	 * Without it, Jakarta Mail 2.1 runs a {@code ServiceLoader} over the class path each
	 * time it encodes a header or writes a message (jakartaee/mail-api#861): more than
	 * half of the time of sending a mail, in the request that sends it.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final @Nullable JavaMailSender mailSender;

	/**
	 * Makes the messages of the outbox (no SMTP server): one mail session and one table
	 * of file types for all of them, as Spring Mail's sender keeps them, instead of
	 * loading both from the class path for every message.
	 */
	private final JavaMailSenderImpl outboxMessages = new JavaMailSenderImpl();

	private final String from;

	private final Path outboxDir;

	MailService(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.from}") String from,
			@Value("${portal.mail.outbox-dir}") Path outboxDir) {
		this.mailSender = mailSender.getIfAvailable();
		this.from = from;
		this.outboxDir = outboxDir;
	}

	/**
	 * Sends one e-mail.
	 * @throws MailDeliveryException when the mail could not be handed over
	 */
	public void send(String to, String subject, String text) {
		send(to, subject, text, null);
	}

	/**
	 * Sends one e-mail with an attachment (e.g. a calendar file).
	 * @param attachment the attachment, or {@code null}
	 * @throws MailDeliveryException when the mail could not be handed over
	 */
	public void send(String to, String subject, String text, @Nullable Attachment attachment) {
		try {
			MimeMessage message = (mailSender != null) ? mailSender.createMimeMessage()
					: outboxMessages.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text, false);
			if (attachment != null) {
				helper.addAttachment(attachment.fileName(),
						new org.springframework.core.io.ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			if (mailSender != null) {
				mailSender.send(message);
			}
			else {
				writeToOutbox(message);
			}
		}
		catch (MessagingException | MailException ex) {
			throw new MailDeliveryException(ex);
		}
	}

	private void writeToOutbox(MimeMessage message) throws MessagingException {
		try {
			Files.createDirectories(outboxDir);
			String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
					+ UUID.randomUUID().toString().substring(0, 8) + ".eml";
			Path file = outboxDir.resolve(name);
			message.saveChanges();
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
			logger.info("No SMTP server configured; e-mail written to " + file.toAbsolutePath().normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends one e-mail once the current transaction has committed (at once without a
	 * transaction), so that nobody is told about something that was rolled back. A mail
	 * that cannot be handed over is logged — with the given reference, never the
	 * recipient or the content — and does not undo anything.
	 * @param reference what the mail is about, for the log (e.g. "inquiry 42")
	 */
	public void sendAfterCommit(String reference, String to, String subject, String text,
			@Nullable Attachment attachment) {
		Runnable send = () -> {
			try {
				send(to, subject, text, attachment);
			}
			catch (RuntimeException ex) {
				logger.warn("E-mail about " + reference + " could not be sent: " + ex.getClass().getSimpleName());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	/**
	 * A file attached to an e-mail.
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	/**
	 * An e-mail could not be delivered to the mail server.
	 */
	public static class MailDeliveryException extends RuntimeException {

		MailDeliveryException(Exception cause) {
			super("E-mail could not be sent", cause);
		}

	}

}
