package io.gongxin.platform;

import org.springframework.web.servlet.ModelAndView;

/**
 * What the header of an error page needs about its reader (who is signed in, their workspaces), filled in by
 * the module that knows accounts. An error page that never reached a page controller (a page not found) has
 * no other way to know that its reader is signed in.
 */
public interface ErrorPageHeader {

	/** Adds the reader's header attributes to the error page. */
	void describe(ModelAndView page);
}
