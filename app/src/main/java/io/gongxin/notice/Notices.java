package io.gongxin.notice;

import java.util.List;

import io.gongxin.subject.SubjectKey;

/**
 * The in-platform inbox: what a subject or an organisation is told at each step of its rights' handling. Read-only to
 * other modules: the notices themselves are written by this module's listeners to the steps' events (issue 15).
 */
public interface Notices {

	List<Notice> forSubject(SubjectKey subject);

	List<Notice> forOrganisation(String organisation);
}
