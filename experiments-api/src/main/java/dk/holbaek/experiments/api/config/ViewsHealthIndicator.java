package dk.holbaek.experiments.api.config;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.programme.FoldFailure;
import dk.holbaek.experiments.query.programme.ViewsFailures;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The views are DOWN while their processor is stopped at an event it cannot fold, with that event's position, type
 * and identifier; {@code experiments.views.fold.stops} counts such stops.
 */
@Component("viewsHealthIndicator")
class ViewsHealthIndicator extends AbstractHealthIndicator {

    private final ViewsFailures failures;

    ViewsHealthIndicator(ViewsFailures failures, MeterRegistry meters) {
        this.failures = failures;
        FunctionCounter.builder("experiments.views.fold.stops", failures, ViewsFailures::stops)
                .description("Times the views' processor stopped at an event it could not fold")
                .register(meters);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (failures.current().isEmpty()) {
            builder.up();
            return;
        }
        FoldFailure failure = failures.current().get();
        builder.down()
                .withDetail("stoppedAtPosition", failure.position())
                .withDetail("eventType", failure.eventType())
                .withDetail("eventId", failure.eventId())
                .withDetail("reason", failure.reason())
                .withDetail("since", failure.at().toString());
    }
}
