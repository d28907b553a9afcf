package dk.holbaek.experiments.query.programme;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A read model stored in the earlier layout (a document per activity, learning and initiative) is rebuilt in the
 * current one when the service has started, so the views never show a half-empty programme after an upgrade. Off
 * ({@code experiments.views.upgrade-at-start=false}) for a command-line tool that reads the store of a running
 * service: the service keeps its own views.
 */
@Component
@ConditionalOnProperty(name = "experiments.views.upgrade-at-start", havingValue = "true", matchIfMissing = true)
class ReadModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrade.class);

    private final MongoRows rows;
    private final ProjectionRebuild rebuild;

    ReadModelUpgrade(MongoRows rows, ProjectionRebuild rebuild) {
        this.rows = rows;
        this.rebuild = rebuild;
    }

    @EventListener(ContextRefreshedEvent.class)
    void rebuildIfInEarlierLayout() {
        if (!rows.inEarlierLayout()) {
            rows.noteCurrentLayout();
        } else {
            log.info("The views are stored in an earlier layout: rebuilding them from the event log");
            try {
                rebuild.start();
            } catch (RuntimeException e) {
                log.warn("The views could not be rebuilt here ({}): rebuild them with POST /api/admin/projections/rebuild "
                        + "on the instance that processes them", e.getMessage());
            }
        }
    }
}
