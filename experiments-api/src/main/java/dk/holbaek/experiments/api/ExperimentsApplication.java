package dk.holbaek.experiments.api;

import java.io.PrintWriter;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import dk.holbaek.experiments.api.ops.cli.ToolLine;

/** The learning repository of Holbæk Kommune's Demokratieksperimentarium. */
@SpringBootApplication(scanBasePackages = "dk.holbaek.experiments")
@ConfigurationPropertiesScan
public class ExperimentsApplication {

    /** Axon asks AxonIQ's servers for updates unless told not to; the service talks to nothing but its MongoDB. */
    static final String UPDATE_CHECKER_SWITCH = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        System.setProperty(UPDATE_CHECKER_SWITCH, System.getProperty(UPDATE_CHECKER_SWITCH, "true"));
        if (args.length > 0 && ToolLine.isCommand(args[0])) {
            ToolLine.Parsed parsed = ToolLine.parse(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            if (parsed.request() == null) {
                System.exit(parsed.exitCode()); // the usage was asked for, or the command line was wrong
                return;
            }
            ConfigurableApplicationContext tool;
            try {
                tool = new SpringApplicationBuilder(ExperimentsApplication.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .initializers(context -> context.getBeanFactory().registerSingleton("toolRequest", parsed.request()))
                        .properties("experiments.demo.enabled=false",
                                "logging.level.root=WARN", "logging.level.org.springframework.boot.SpringApplication=OFF",
                                "logging.level.org.springframework.context=ERROR")
                        .run(parsed.settings());
            } catch (RuntimeException e) {
                System.err.println(cannotStart(e));
                System.exit(1);
                return;
            }
            System.exit(SpringApplication.exit(tool));
        }
        SpringApplication.run(ExperimentsApplication.class, args);
    }

    /** One sentence for a command that could not start, instead of the framework's trace. */
    static String cannotStart(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            if (String.valueOf(cause.getMessage()).contains("The file is locked")) {
                return "The store's file is in use by the running service, which holds it while it runs. Stop the "
                        + "service first, or while it runs use its API: POST /api/admin/backup for a backup, "
                        + "GET /api/admin/events/export for the log, /api/reports/experience for the report.";
            }
        }
        return "Could not start: " + String.valueOf(root.getMessage()).lines().findFirst().orElse(root.toString());
    }
}
