package dk.holbaek.experiments.api.pages;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.holbaek.experiments.api.problem.ProblemTexts;
import dk.holbaek.experiments.api.problem.Problems;
import dk.holbaek.experiments.api.security.UserAccounts;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Users on the dashboard: an administrator adds users, changes their roles and disables them
 * ({@code /admin/users}); every user changes their own password ({@code /account/password}). The same
 * {@link UserAccounts} as the API's {@code /api/admin/users}.
 */
@Controller
class UserPages {

    private final UserAccounts accounts;
    private final ProblemTexts texts;
    private final MessageSource messages;

    UserPages(UserAccounts accounts, ProblemTexts texts, MessageSource messages) {
        this.accounts = accounts;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return usersPage(model, Map.of(), null, "", List.of());
    }

    @PostMapping("/admin/users")
    String add(@RequestParam(required = false) String name, @RequestParam(required = false) String password,
               @RequestParam(required = false) List<String> roles, Principal admin, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            accounts.add(name == null ? null : name.strip(), password, roles == null ? List.of() : roles, admin.getName());
        } catch (RuntimeException e) {
            return refused(e, response, model, name, roles);
        }
        redirect.addFlashAttribute("confirmation", text("users.added", name.strip()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{name}")
    String change(@PathVariable String name, @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) String enabled, Principal admin, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (accounts.find(name).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            accounts.change(name, roles == null ? List.of() : roles, enabled != null, admin.getName());
        } catch (RuntimeException e) {
            return refused(e, response, model, "", List.of());
        }
        redirect.addFlashAttribute("confirmation", text("users.changed", name));
        return "redirect:/admin/users";
    }

    @GetMapping("/account/password")
    String password(Model model) {
        model.addAttribute("errors", Map.of());
        return "password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, Principal user, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            accounts.changePassword(user.getName(), currentPassword, newPassword);
        } catch (RuntimeException e) {
            ProblemDetail problem = refusal(e);
            response.setStatus(problem.getStatus());
            model.addAttribute("errors", fieldMessages(problem));
            return "password";
        }
        redirect.addFlashAttribute("confirmation", text("password.changed"));
        return "redirect:/";
    }

    private String refused(RuntimeException e, HttpServletResponse response, Model model, String name,
                           List<String> roles) {
        ProblemDetail problem = refusal(e);
        response.setStatus(problem.getStatus());
        Map<String, String> errors = fieldMessages(problem);
        String refusal = errors.isEmpty() ? texts.words(problem, locale()).getDetail() : null;
        return usersPage(model, errors, refusal, name == null ? "" : name, roles == null ? List.of() : roles);
    }

    private String usersPage(Model model, Map<String, String> errors, String refusal, String name, List<String> roles) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("allRoles", List.of("STAFF", "STEERING", "ANALYST", "ADMIN"));
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("newName", name);
        model.addAttribute("newRoles", roles);
        return "users";
    }

    private static ProblemDetail refusal(RuntimeException e) {
        ProblemDetail problem = Problems.refusal(e);
        if (problem == null) {
            throw e;
        }
        return problem;
    }

    private Map<String, String> fieldMessages(ProblemDetail problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldProblem> fields = new ArrayList<>(Problems.fieldProblems(problem));
        fields.forEach(field -> errors.merge(field.field(), texts.message(field, locale()), (a, b) -> a + "; " + b));
        return errors;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
