package io.gongxin.notice;

import java.util.List;

import io.gongxin.subject.SubjectKey;

/** The in-platform inbox: what a subject or an organisation is told at each step of its rights' handling. */
public interface Notices {

	void toSubject(SubjectKey subject, String kind, String message);

	void toOrganisation(String organisation, String kind, String message);

	List<Notice> forSubject(SubjectKey subject);

	List<Notice> forOrganisation(String organisation);
}
