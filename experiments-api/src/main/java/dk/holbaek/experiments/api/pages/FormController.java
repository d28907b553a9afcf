package dk.holbaek.experiments.api.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import dk.holbaek.experiments.api.pages.Forms.CommandForm;
import dk.holbaek.experiments.api.pages.Forms.Target;
import dk.holbaek.experiments.api.problem.ProblemTexts;
import dk.holbaek.experiments.api.problem.Problems;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.record.RecordReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms of the dashboard: one page per command ({@link Forms}), shown with what a correction starts from, and
 * sent through the same command gateway as the API. A refused form comes back with what was typed and every problem
 * at its field, in the page's language; a recorded one leads to the page of what was recorded, with a confirmation.
 * Plain HTML forms with CSRF protection: no script is needed.
 */
@Controller
@RequestMapping("/forms")
class FormController {

    private static final Logger log = LoggerFactory.getLogger(FormController.class);

    private final Map<String, CommandForm> forms = Forms.all();
    private final CommandGateway commands;
    private final ProgrammeSource programme;
    private final ExperimentReader experiments;
    private final RecordReader records;
    private final ProblemTexts texts;
    private final MessageSource messages;
    private final ProgrammeDays period;
    private final ViewsCatchUp catchUp;

    FormController(CommandGateway commands, ProgrammeSource programme, ExperimentReader experiments,
                   RecordReader records, ProblemTexts texts, MessageSource messages, ProgrammeDays period,
                   ViewsCatchUp catchUp) {
        this.catchUp = catchUp;
        this.commands = commands;
        this.programme = programme;
        this.experiments = experiments;
        this.records = records;
        this.texts = texts;
        this.messages = messages;
        this.period = period;
    }

    @GetMapping("/{name}")
    String show(@PathVariable String name, @RequestParam(required = false) String experiment,
                @RequestParam(required = false) String entry, @RequestParam(required = false) String involvement,
                @RequestParam(required = false) String recommendation,
                @RequestParam(name = "experience", required = false) String experience, Model model) {
        CommandForm form = form(name);
        Target target = target(form, experiment, entry, new Records(involvement, recommendation, experience));
        model.addAttribute("form", view(form, target, form.recorded().apply(target), List.of(), null,
                new FormInput(Map.of())));
        return "form";
    }

    @PostMapping("/{name}")
    String submit(@PathVariable String name, @RequestParam(required = false) String experiment,
                  @RequestParam(required = false) String entry, @RequestParam(required = false) String involvement,
                  @RequestParam(required = false) String recommendation,
                  @RequestParam(name = "experience", required = false) String experience, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CommandForm form = form(name);
        Target now = target(form, experiment, entry, new Records(involvement, recommendation, experience));
        Target target = now.asShownAt(shownVersion(request.getParameter("version"), now.current()));
        FormInput input = new FormInput(request.getParameterMap());
        Object command = form.command().apply(target, input);
        List<FieldProblem> problems = new ArrayList<>(input.problems());
        if (!problems.isEmpty()) {
            // what could not be read, and what the command's own rules find in the rest: all of it at once
            Set<String> named = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            try {
                period.checkContent(command);
            } catch (InvalidCommandException e) {
                e.problems().stream().filter(problem -> !named.contains(problem.field())).forEach(problems::add);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", view(form, target, input.typed(), problems, null, input));
            return "form";
        }
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            ProblemDetail problem = Problems.refusal(e);
            if (problem == null) {
                throw e;
            }
            List<FieldProblem> fields = Problems.fieldProblems(problem);
            String refusal = fields.isEmpty() ? texts.words(problem, locale()).getDetail() : null;
            log.info("Form {} refused: {} {}", name, problem.getStatus(), fields.isEmpty() ? problem.getType()
                    : fields.stream().map(FieldProblem::field).collect(Collectors.joining(", ")));
            response.setStatus(problem.getStatus());
            model.addAttribute("form", view(form, target, input.typed(), fields, refusal, input));
            return "form";
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(form.confirmationKey(), null, locale()));
        String landing = form.landing().apply(target, command);
        if (!landing.startsWith("/experiments/")) {
            // the council, recommendation and overview pages read the views: show them with what was just recorded
            catchUp.awaitEverythingStoredSoFar();
        }
        return "redirect:" + landing;
    }

    private CommandForm form(String name) {
        CommandForm form = forms.get(name);
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return form;
    }

    /** The ids of the records other than experiments that a form may be about. */
    private record Records(String involvement, String recommendation, String experience) {
    }

    /** What the form is about, as it stands; 404 when it names something that is not recorded. */
    private Target target(CommandForm form, String experimentId, String entryId, Records ids) {
        String involvementId = ids.involvement();
        String recommendationId = ids.recommendation();
        ExperimentDetail experiment = null;
        switch (form.needs()) {
            case EXPERIMENT, ACTIVITY, LEARNING, INITIATIVE -> experiment = experimentId == null ? null
                    : experiments.detail(experimentId).filter(detail -> !detail.withdrawn()).orElse(null);
            default -> {
            }
        }
        Target target = new Target(programme.live(), experiment, entryId,
                form.needs() == Forms.Needs.INVOLVEMENT && involvementId != null
                        ? records.councilInvolvement(involvementId).filter(found -> !found.withdrawn()).orElse(null) : null,
                form.needs() == Forms.Needs.RECOMMENDATION && recommendationId != null
                        ? records.recommendation(recommendationId).filter(found -> !found.withdrawn()).orElse(null) : null,
                form.needs() == Forms.Needs.EXPERIENCE && ids.experience() != null
                        ? records.externalExperience(ids.experience()).filter(found -> !found.withdrawn()).orElse(null)
                        : null,
                null);
        boolean found = switch (form.needs()) {
            case NOTHING -> true;
            case EXPERIMENT -> target.experiment() != null;
            case ACTIVITY -> target.experiment() != null && entryId != null && target.activity().isPresent();
            case LEARNING -> target.experiment() != null && entryId != null && target.learning().isPresent();
            case INITIATIVE -> target.experiment() != null && entryId != null && target.initiative().isPresent();
            case INVOLVEMENT -> target.involvement() != null;
            case RECOMMENDATION -> target.recommendation() != null;
            case EXPERIENCE -> target.experience() != null;
        };
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return target.asShownAt(target.current());
    }

    private FormView view(CommandForm form, Target target, Map<String, List<String>> values, List<FieldProblem> problems,
                          String refusal, FormInput input) {
        List<FormView.Section> sections = form.sections().apply(target);
        Map<String, FormView.Field> fields = new LinkedHashMap<>();
        Map<String, FormView.Section> groups = new LinkedHashMap<>();
        for (FormView.Section section : sections) {
            groups.put(section.name(), section);
            section.fields().forEach(field -> fields.put(field.name(), field));
        }
        Locale locale = locale();
        Map<String, String> errors = new LinkedHashMap<>();
        List<FormView.Error> summary = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String message = texts.message(problem, locale);
            String at = nearest(input.fieldOf(problem.field()), fields.keySet(), groups.keySet());
            errors.merge(at == null ? "" : at, message, (first, second) -> first + "; " + second);
            FormView.Field field = at == null ? null : fields.get(at);
            FormView.Section group = at == null ? null : groups.get(at);
            summary.add(field != null ? new FormView.Error(field.id(), field.labelKey(), field.labelArgument(), message)
                    : group != null ? new FormView.Error("s-" + group.name().replaceAll("[^A-Za-z0-9_-]", "-"),
                    group.legendKey(), null, message)
                    : new FormView.Error(null, null, problem.field(), message));
        }
        UriComponentsBuilder action = UriComponentsBuilder.fromPath("/forms/" + form.name());
        String back = "/";
        if (target.experiment() != null) {
            action.queryParam("experiment", target.experiment().id());
            back = "/experiments/" + target.experiment().id();
        }
        if (target.entryId() != null) {
            action.queryParam("entry", target.entryId());
        }
        if (target.involvement() != null) {
            action.queryParam("involvement", target.involvement().id());
            back = "/council";
        }
        if (target.recommendation() != null) {
            action.queryParam("recommendation", target.recommendation().id());
            back = "/recommendations";
        }
        if (target.experience() != null) {
            action.queryParam("experience", target.experience().id());
        }
        if (form.name().startsWith("external-experience")) {
            back = "/external-experiences";
        } else if (form.name().startsWith("council-involvement")) {
            back = "/council";
        } else if (form.name().equals("recommendation")) {
            back = "/recommendations";
        }
        return new FormView(form.name(), form.headingKey(), target.subject(), action.encode().build().toUriString(), back,
                target.version() == null ? "" : target.version().toString(), sections, values, errors, summary, refusal);
    }

    /** The form's field or group a problem belongs to: {@code departments[2]} is the departments field's. */
    private static String nearest(String field, Set<String> fields, Set<String> groups) {
        String at = field;
        while (at != null && !at.isEmpty()) {
            if (fields.contains(at) || groups.contains(at)) {
                return at;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut <= 0 ? null : at.substring(0, cut);
        }
        return null;
    }

    private static Long shownVersion(String version, Long current) {
        if (version == null || version.isBlank()) {
            return current;
        }
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return current;
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
