package io.gongxin.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages (the portal and the workspaces). Problems raised by its handlers
 * are shown on a page in the reader's language, never as JSON or a stack trace: a failed form goes back to
 * the page it came from with the reason, a failed page shows an error page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
