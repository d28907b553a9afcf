package dk.holbaek.experiments.api.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.holbaek.experiments.api.ops.transfer.ImportedContent;
import dk.holbaek.experiments.api.pages.ProgrammeDays;
import dk.holbaek.experiments.api.render.ReportPublisher;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.content.CommandContent;
import dk.holbaek.experiments.core.content.RecordedContent;
import dk.holbaek.experiments.query.programme.LocalAreas;

/**
 * The programme's period ({@code experiments.programme.first} … {@code .last}), which every recorded date lies in;
 * the municipality's local areas ({@code experiments.programme.local-areas}, Holbæk's by default); and who publishes
 * the report ({@code experiments.report.municipality} and {@code .sender}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProgrammeConfiguration.ProgrammeProperties.class, ProgrammeConfiguration.ReportProperties.class})
class ProgrammeConfiguration {

    @ConfigurationProperties("experiments.programme")
    record ProgrammeProperties(@DefaultValue("2014-01-01") LocalDate first, @DefaultValue("2016-12-31") LocalDate last,
                               List<String> localAreas) {
    }

    @ConfigurationProperties("experiments.report")
    record ReportProperties(String municipality, String sender) {
    }

    @Bean
    LocalAreas localAreas(ProgrammeProperties properties) {
        return properties.localAreas() == null || properties.localAreas().isEmpty() ? LocalAreas.HOLBAEK
                : new LocalAreas(properties.localAreas());
    }

    @Bean
    ReportPublisher reportPublisher(ReportProperties properties) {
        return new ReportPublisher(properties.municipality(), properties.sender());
    }

    /** Axon gives it to the aggregates' command handlers as a parameter. */
    @Bean
    ProgrammePeriod programmePeriod(ProgrammeProperties properties, Clock clock) {
        return new ProgrammePeriod(properties.first(), properties.last(), clock);
    }

    /** The pages' view of the period, and the content rules a refused form's other fields are checked by. */
    @Bean
    ProgrammeDays programmeDays(ProgrammePeriod period) {
        return new ProgrammeDays() {
            @Override
            public LocalDate first() {
                return period.first();
            }

            @Override
            public LocalDate last() {
                return period.last();
            }

            @Override
            public LocalDate today() {
                return period.today();
            }

            @Override
            public void checkContent(Object command) {
                CommandContent.check(command, period);
            }
        };
    }

    /** An imported event meets the content rules of the command that records it, within the same period. */
    @Bean
    ImportedContent importedContent(ProgrammePeriod period) {
        return new ImportedContent() {
            @Override
            public void check(Object payload, Set<String> experiments, Map<String, String> learningExperiments) {
                RecordedContent.check(payload, period, experiments::contains,
                        (learning, experiment) -> experiment != null && experiment.equals(learningExperiments.get(learning)));
            }

            @Override
            public Instant earliestTimestamp() {
                return period.first().atStartOfDay(ProgrammePeriod.ZONE).toInstant();
            }

            @Override
            public Instant now() {
                return period.clock().instant();
            }
        };
    }
}
