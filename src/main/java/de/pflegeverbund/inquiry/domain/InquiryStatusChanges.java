package de.pflegeverbund.inquiry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryStatusChanges extends JpaRepository<InquiryStatusChange, Long> {

	List<InquiryStatusChange> findByInquiryIdOrderByChangedOnDescIdDesc(long inquiryId);

}
