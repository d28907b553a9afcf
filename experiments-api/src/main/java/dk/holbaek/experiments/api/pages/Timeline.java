package dk.holbaek.experiments.api.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.query.experiment.HistoryEntry;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/**
 * An experiment's event history as sentences a reader follows: "18. marts 2014: aktivitet logget: Borgermøde om
 * budgettet, 85 deltagere". The date is the one the fact concerns; the registration has only its recording date.
 */
@Component
class Timeline {

    record Line(LocalDate date, String text, long sequence) {
    }

    private final MessageSource messages;
    private final Formats formats;

    Timeline(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    List<Line> of(List<HistoryEntry> history) {
        return history.stream().map(this::line).toList();
    }

    private Line line(HistoryEntry entry) {
        Object event = entry.payload();
        LocalDate recorded = entry.occurredAt().atZone(ProgrammeCalendar.ZONE).toLocalDate();
        if (event instanceof ExperimentRegistered e) {
            return line(entry, recorded, "timeline.registered", e.title());
        } else if (event instanceof ExperimentApproved e) {
            return line(entry, e.approvedOn(), e.budgetDkk() == null ? "timeline.approved" : "timeline.approvedWithBudget",
                    formats.kroner(e.budgetDkk()));
        } else if (event instanceof ExperimentStarted e) {
            return line(entry, e.startedOn(), "timeline.started");
        } else if (event instanceof ExperimentConcluded e) {
            return line(entry, e.concludedOn(), "timeline.concluded", e.summary());
        } else if (event instanceof ExperimentCancelled e) {
            return line(entry, e.cancelledOn(), "timeline.cancelled", e.reason());
        } else if (event instanceof ActivityLogged e) {
            return line(entry, e.occurredOn(), "timeline.activity", e.title(), formats.number(e.participants().total()));
        } else if (event instanceof LearningRecorded e) {
            return line(entry, e.recordedOn(), "timeline.learning", e.insight(), formats.signed(e.assessment()));
        } else if (event instanceof InitiativeRecorded e) {
            return line(entry, e.recordedOn(), "timeline.initiative", e.title());
        }
        return line(entry, recorded, "timeline.other", entry.type());
    }

    private Line line(HistoryEntry entry, LocalDate date, String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Line(date, formats.date(date) + ": " + messages.getMessage(key, arguments, locale), entry.sequence());
    }
}
