package dk.holbaek.experiments.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The learning repository of Holbæk Kommune's Demokratieksperimentarium. */
@SpringBootApplication(scanBasePackages = "dk.holbaek.experiments")
@ConfigurationPropertiesScan
public class ExperimentsApplication {

    /** Axon asks AxonIQ's servers for updates unless told not to; the service talks to nothing but its MongoDB. */
    static final String UPDATE_CHECKER_SWITCH = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        System.setProperty(UPDATE_CHECKER_SWITCH, System.getProperty(UPDATE_CHECKER_SWITCH, "true"));
        SpringApplication.run(ExperimentsApplication.class, args);
    }
}
