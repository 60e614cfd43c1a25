package de.pflegeverbund.inquiry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryNotes extends JpaRepository<InquiryNote, Long> {

	List<InquiryNote> findByInquiryIdOrderByWrittenAtDescIdDesc(long inquiryId);

}
