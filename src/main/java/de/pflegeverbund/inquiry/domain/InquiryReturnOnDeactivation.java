package de.pflegeverbund.inquiry.domain;

import de.pflegeverbund.provider.ProviderDeactivated;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a Träger is taken out of service, its open inquiries go back to the state office's
 * inbox, so that nobody who expressed interest is left waiting; the coordinators are
 * told.
 */
@Component
class InquiryReturnOnDeactivation {

	private static final Log logger = LogFactory.getLog(InquiryReturnOnDeactivation.class);

	private final Inquiries inquiries;

	private final InquiryMails mails;

	InquiryReturnOnDeactivation(Inquiries inquiries, InquiryMails mails) {
		this.inquiries = inquiries;
		this.mails = mails;
	}

	@ApplicationModuleListener
	void on(ProviderDeactivated event) {
		int returned = inquiries.returnOpenToInbox(event.providerId());
		if (returned > 0) {
			logger.info("Open inquiries of a deactivated Träger returned to the inbox: " + returned);
			mails.returnedToInbox(returned);
		}
	}

}
