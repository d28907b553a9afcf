package dk.holbaek.experiments.api.http.view;

import java.time.LocalDate;
import java.util.function.BiFunction;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.api.security.LookBack;
import dk.holbaek.experiments.query.criteria.AdministrationCollaborationView;
import dk.holbaek.experiments.query.criteria.BroadInvolvementView;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.criteria.MunicipalityAsPartnerView;
import dk.holbaek.experiments.query.criteria.PoliticalLeadershipView;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The steering group's views. Live, they are computed from the read model; with {@code asOf} (analysts and
 * administrators), from the events recorded up to that moment, by the same code, without touching the read model.
 */
@RestController
@RequestMapping("/api/views")
class ViewController {

    private final ProgrammeAt programmeAt;
    private final LocalAreas localAreas;

    ViewController(ProgrammeAt programmeAt, LocalAreas localAreas) {
        this.localAreas = localAreas;
        this.programmeAt = programmeAt;
    }

    @GetMapping("/progress")
    ProgressView progress(@RequestParam(required = false) String asOf, HttpServletRequest request) {
        return view(asOf, request, ProgressViews::of);
    }

    /* The criteria views page their rows per experiment (?page, ?size), which grow with the programme. */

    @GetMapping("/criteria/political-leadership")
    ResponseEntity<PoliticalLeadershipView> politicalLeadership(@RequestParam(required = false) String asOf,
                                                                @RequestParam(required = false) String page,
                                                                @RequestParam(required = false) String size,
                                                                HttpServletRequest request) {
        Paging paging = Paging.of(page, size);
        PoliticalLeadershipView view = view(asOf, request, (programme, today) -> CriteriaViews.politicalLeadership(programme));
        return paging.answer(view.experiments(), view::withExperiments);
    }

    @GetMapping("/criteria/broad-involvement")
    ResponseEntity<BroadInvolvementView> broadInvolvement(@RequestParam(required = false) String asOf,
                                                          @RequestParam(required = false) String page,
                                                          @RequestParam(required = false) String size,
                                                          HttpServletRequest request) {
        Paging paging = Paging.of(page, size);
        BroadInvolvementView view = view(asOf, request,
                (programme, today) -> CriteriaViews.broadInvolvement(programme, localAreas.names()));
        return paging.answer(view.experiments(), view::withExperiments);
    }

    @GetMapping("/criteria/administration-collaboration")
    ResponseEntity<AdministrationCollaborationView> administrationCollaboration(
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, HttpServletRequest request) {
        Paging paging = Paging.of(page, size);
        AdministrationCollaborationView view = view(asOf, request,
                (programme, today) -> CriteriaViews.administrationCollaboration(programme));
        return paging.answer(view.experiments(), view::withExperiments);
    }

    @GetMapping("/criteria/municipality-as-partner")
    ResponseEntity<MunicipalityAsPartnerView> municipalityAsPartner(@RequestParam(required = false) String asOf,
                                                                    @RequestParam(required = false) String page,
                                                                    @RequestParam(required = false) String size,
                                                                    HttpServletRequest request) {
        Paging paging = Paging.of(page, size);
        MunicipalityAsPartnerView view = view(asOf, request,
                (programme, today) -> CriteriaViews.municipalityAsPartner(programme));
        return paging.answer(view.experiments(), view::withExperiments);
    }

    private <V> V view(String asOf, HttpServletRequest request, BiFunction<ProgrammeFigures, LocalDate, V> compute) {
        LookBack.requireMayLookBack(asOf, request,
                "Only analysts and administrators may see a view as it stood at a past moment (asOf).");
        ProgrammeAt.Moment moment = programmeAt.resolve(asOf);
        return compute.apply(moment.programme(), moment.today());
    }
}
