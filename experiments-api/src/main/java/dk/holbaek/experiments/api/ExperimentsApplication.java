package dk.holbaek.experiments.api;

import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The learning repository of Holbæk Kommune's Demokratieksperimentarium. */
@SpringBootApplication(scanBasePackages = "dk.holbaek.experiments")
@ConfigurationPropertiesScan
public class ExperimentsApplication {

    /** Axon asks AxonIQ's servers for updates unless told not to; the service talks to nothing but its MongoDB. */
    static final String UPDATE_CHECKER_SWITCH = "axoniq.update-checker.disabled";
    /** The analysts' command line runs these without the web server (see CommandLineTool). */
    static final List<String> TOOL_COMMANDS = List.of("report", "export", "import", "backup", "restore");

    public static void main(String[] args) {
        System.setProperty(UPDATE_CHECKER_SWITCH, System.getProperty(UPDATE_CHECKER_SWITCH, "true"));
        if (args.length > 0 && TOOL_COMMANDS.contains(args[0])) {
            ConfigurableApplicationContext tool;
            try {
                tool = new SpringApplicationBuilder(ExperimentsApplication.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .properties("experiments.tool.command=" + args[0], "experiments.demo.enabled=false",
                                "logging.level.root=WARN", "logging.level.org.springframework.boot.SpringApplication=OFF",
                                "logging.level.org.springframework.context=ERROR")
                        .run(args);
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
