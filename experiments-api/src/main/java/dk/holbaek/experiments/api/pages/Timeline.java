package dk.holbaek.experiments.api.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.InitiativeCorrected;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeWithdrawn;
import dk.holbaek.experiments.core.experiment.api.LearningCorrected;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningWithdrawn;
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.StartCorrected;
import dk.holbaek.experiments.query.experiment.HistoryEntry;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/**
 * An experiment's event history as sentences a reader follows: "18. marts 2014: aktivitet logget: Borgermøde om
 * budgettet, 85 deltagere". The date is the one the fact concerns; the registration has only its recording date. A
 * correction or withdrawal says who made it, when, what changed from what to what, and why: "Rettet af staff den 3.
 * september 2014: antal deltagere 400 → 40 (aktivitet Borgermøde). Begrundelse: tastefejl".
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
        Reading reading = new Reading();
        return history.stream().map(reading::read).toList();
    }

    /** The history read in order, remembering each fact's current version to say what a correction changed. */
    private final class Reading {

        private final Map<String, Object> current = new HashMap<>();

        Line read(HistoryEntry entry) {
            Object event = entry.payload();
            LocalDate recorded = entry.recordedAt().atZone(ProgrammeCalendar.ZONE).toLocalDate();
            Line line = original(entry, event, recorded);
            if (line == null) {
                line = change(entry, event, recorded);
            }
            remember(event);
            return line != null ? line : sentence(entry, recorded, "timeline.other", entry.type());
        }

        private Line original(HistoryEntry entry, Object event, LocalDate recorded) {
            if (event instanceof ExperimentRegistered e) {
                return sentence(entry, recorded, "timeline.registered", e.title());
            } else if (event instanceof ExperimentApproved e) {
                return sentence(entry, e.approvedOn(), e.budgetDkk() == null ? "timeline.approved"
                        : "timeline.approvedWithBudget", formats.kroner(e.budgetDkk()));
            } else if (event instanceof ExperimentStarted e) {
                return sentence(entry, e.startedOn(), "timeline.started");
            } else if (event instanceof ExperimentConcluded e) {
                return sentence(entry, e.concludedOn(), "timeline.concluded", e.summary());
            } else if (event instanceof ExperimentCancelled e) {
                return sentence(entry, e.cancelledOn(), "timeline.cancelled", e.reason());
            } else if (event instanceof ActivityLogged e) {
                return sentence(entry, e.occurredOn(), "timeline.activity", e.title(),
                        formats.number(e.participants().total()));
            } else if (event instanceof LearningRecorded e) {
                return sentence(entry, e.recordedOn(), "timeline.learning", e.insight(), formats.signed(e.assessment()));
            } else if (event instanceof InitiativeRecorded e) {
                return sentence(entry, e.recordedOn(), "timeline.initiative", e.title());
            }
            return null;
        }

        private Line change(HistoryEntry entry, Object event, LocalDate recorded) {
            if (event instanceof RegistrationCorrected e) {
                ExperimentRegistered before = (ExperimentRegistered) current.get("registration");
                return corrected(entry, recorded, "timeline.what.registration", e.corrected().title(), e.reason(),
                        differences(before, e.corrected(), field("title", ExperimentRegistered::title),
                                field("hypothesis", ExperimentRegistered::hypothesis),
                                field("method", ExperimentRegistered::method),
                                field("localArea", ExperimentRegistered::localArea)));
            } else if (event instanceof ApprovalCorrected e) {
                ExperimentApproved before = (ExperimentApproved) current.get("approval");
                return corrected(entry, recorded, "timeline.what.approval", "", e.reason(),
                        differences(before, e.corrected(), dated("approvedOn", ExperimentApproved::approvedOn),
                                field("budget", approved -> formats.kroner(approved.budgetDkk()))));
            } else if (event instanceof StartCorrected e) {
                return corrected(entry, recorded, "timeline.what.start", "", e.reason(),
                        differences((ExperimentStarted) current.get("start"), e.corrected(),
                                dated("startedOn", ExperimentStarted::startedOn)));
            } else if (event instanceof ConclusionCorrected e) {
                return corrected(entry, recorded, "timeline.what.conclusion", "", e.reason(),
                        differences((ExperimentConcluded) current.get("conclusion"), e.corrected(),
                                dated("concludedOn", ExperimentConcluded::concludedOn),
                                field("summary", ExperimentConcluded::summary)));
            } else if (event instanceof CancellationCorrected e) {
                return corrected(entry, recorded, "timeline.what.cancellation", "", e.reason(),
                        differences((ExperimentCancelled) current.get("cancellation"), e.corrected(),
                                dated("cancelledOn", ExperimentCancelled::cancelledOn),
                                field("cancellationReason", ExperimentCancelled::reason)));
            } else if (event instanceof ActivityCorrected e) {
                ActivityLogged before = (ActivityLogged) current.get(e.corrected().activityId());
                return corrected(entry, recorded, "timeline.what.activity", e.corrected().title(), e.reason(),
                        differences(before, e.corrected(), field("title", ActivityLogged::title),
                                dated("occurredOn", ActivityLogged::occurredOn),
                                field("participants", activity -> formats.number(activity.participants().total())),
                                field("costs", activity -> activity.costs().stream()
                                        .map(cost -> formats.kroner(cost.amountDkk())).toList().toString())));
            } else if (event instanceof LearningCorrected e) {
                LearningRecorded before = (LearningRecorded) current.get(e.corrected().learningId());
                return corrected(entry, recorded, "timeline.what.learning", e.corrected().insight(), e.reason(),
                        differences(before, e.corrected(), field("insight", LearningRecorded::insight),
                                field("criterion", LearningRecorded::criterion),
                                field("assessment", learning -> formats.signed(learning.assessment()))));
            } else if (event instanceof InitiativeCorrected e) {
                InitiativeRecorded before = (InitiativeRecorded) current.get(e.corrected().initiativeId());
                return corrected(entry, recorded, "timeline.what.initiative", e.corrected().title(), e.reason(),
                        differences(before, e.corrected(), field("title", InitiativeRecorded::title),
                                field("status", InitiativeRecorded::status),
                                field("supportHours", initiative -> formats.number(initiative.supportHours())),
                                field("funding", initiative -> formats.kroner(initiative.fundingDkk()))));
            } else if (event instanceof ActivityWithdrawn e) {
                return withdrawn(entry, recorded, "timeline.what.activity", title(e.activityId()), e.reason());
            } else if (event instanceof LearningWithdrawn e) {
                return withdrawn(entry, recorded, "timeline.what.learning", title(e.learningId()), e.reason());
            } else if (event instanceof InitiativeWithdrawn e) {
                return withdrawn(entry, recorded, "timeline.what.initiative", title(e.initiativeId()), e.reason());
            } else if (event instanceof ExperimentWithdrawn e) {
                return withdrawn(entry, recorded, "timeline.what.experiment", "", e.reason());
            }
            return null;
        }

        private void remember(Object event) {
            if (event instanceof ExperimentRegistered e) {
                current.put("registration", e);
            } else if (event instanceof RegistrationCorrected e) {
                current.put("registration", e.corrected());
            } else if (event instanceof ExperimentApproved e) {
                current.put("approval", e);
            } else if (event instanceof ApprovalCorrected e) {
                current.put("approval", e.corrected());
            } else if (event instanceof ExperimentStarted e) {
                current.put("start", e);
            } else if (event instanceof StartCorrected e) {
                current.put("start", e.corrected());
            } else if (event instanceof ExperimentConcluded e) {
                current.put("conclusion", e);
            } else if (event instanceof ConclusionCorrected e) {
                current.put("conclusion", e.corrected());
            } else if (event instanceof ExperimentCancelled e) {
                current.put("cancellation", e);
            } else if (event instanceof CancellationCorrected e) {
                current.put("cancellation", e.corrected());
            } else if (event instanceof ActivityLogged e) {
                current.put(e.activityId(), e);
            } else if (event instanceof ActivityCorrected e) {
                current.put(e.corrected().activityId(), e.corrected());
            } else if (event instanceof LearningRecorded e) {
                current.put(e.learningId(), e);
            } else if (event instanceof LearningCorrected e) {
                current.put(e.corrected().learningId(), e.corrected());
            } else if (event instanceof InitiativeRecorded e) {
                current.put(e.initiativeId(), e);
            } else if (event instanceof InitiativeCorrected e) {
                current.put(e.corrected().initiativeId(), e.corrected());
            }
        }

        private String title(String entryId) {
            Object entry = current.get(entryId);
            if (entry instanceof ActivityLogged activity) {
                return activity.title();
            }
            if (entry instanceof LearningRecorded learning) {
                return learning.insight();
            }
            return entry instanceof InitiativeRecorded initiative ? initiative.title() : entryId;
        }
    }

    /** One field of a fact, as a reader sees it. */
    private record Field<T>(String name, Function<T, Object> value) {
    }

    private static <T> Field<T> field(String name, Function<T, Object> value) {
        return new Field<>(name, value);
    }

    private <T> Field<T> dated(String name, Function<T, LocalDate> date) {
        return new Field<>(name, fact -> date.apply(fact) == null ? null : formats.date(date.apply(fact)));
    }

    /** "antal deltagere 400 → 40; dato 18. marts 2014 → 19. marts 2014", or empty when none of these changed. */
    @SafeVarargs
    private <T> String differences(T before, T after, Field<T>... fields) {
        List<String> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            Object old = before == null ? null : field.value().apply(before);
            Object now = field.value().apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(message("timeline.field." + field.name()) + " " + shown(old) + " → " + shown(now));
            }
        }
        return String.join("; ", changes);
    }

    private static String shown(Object value) {
        return value == null || value.toString().isBlank() ? "–" : value.toString();
    }

    private Line corrected(HistoryEntry entry, LocalDate recorded, String what, String title, String reason,
                           String changes) {
        String subject = message(what, title);
        String text = message("timeline.corrected", by(entry), formats.date(recorded),
                changes.isEmpty() ? subject : changes + " (" + subject + ")", reason);
        return new Line(recorded, text, entry.sequence());
    }

    private Line withdrawn(HistoryEntry entry, LocalDate recorded, String what, String title, String reason) {
        String text = message("timeline.withdrawn", by(entry), formats.date(recorded), message(what, title), reason);
        return new Line(recorded, text, entry.sequence());
    }

    private String by(HistoryEntry entry) {
        return entry.recordedBy() == null ? message("timeline.unknownUser") : entry.recordedBy();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private Line sentence(HistoryEntry entry, LocalDate date, String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Line(date, formats.date(date) + ": " + messages.getMessage(key, arguments, locale), entry.sequence());
    }
}
