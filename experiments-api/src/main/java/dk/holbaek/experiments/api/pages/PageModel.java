package dk.holbaek.experiments.api.pages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.holbaek.experiments.api.security.Access;
import jakarta.servlet.http.HttpServletRequest;

/** What every page's model holds: whether the user may record (the forms and the links to them show only then). */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("mayRecord")
    boolean mayRecord(HttpServletRequest request) {
        return Access.RECORD.grantedTo(request);
    }
}
