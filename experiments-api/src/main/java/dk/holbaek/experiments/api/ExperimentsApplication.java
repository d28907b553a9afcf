package dk.holbaek.experiments.api;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import dk.holbaek.experiments.api.config.embedded.RunningStore;
import dk.holbaek.experiments.api.ops.cli.ToolLine;
import dk.holbaek.experiments.api.ops.cli.ToolRequest;

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
            String[] settings = throughRunningService(parsed.request(), parsed.settings());
            ConfigurableApplicationContext tool;
            try {
                tool = new SpringApplicationBuilder(ExperimentsApplication.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .initializers(context -> context.getBeanFactory().registerSingleton("toolRequest", parsed.request()))
                        .properties("experiments.demo.enabled=false",
                                "logging.level.root=WARN", "logging.level.org.springframework.boot.SpringApplication=OFF",
                                "logging.level.org.springframework.context=ERROR",
                                // a command logs no one in: the note of a bootstrap admin's password is not for it
                                "logging.level.dk.holbaek.experiments.api.security.AccountsConfiguration=ERROR")
                        .run(settings);
            } catch (RuntimeException e) {
                System.err.println(cannotStart(e));
                System.exit(1);
                return;
            }
            System.exit(SpringApplication.exit(tool));
        }
        SpringApplication.run(ExperimentsApplication.class, args);
    }

    /**
     * The settings for a command that only reads (a report, an export) while the service runs on the same embedded
     * store: through the service's own database server, found beside the store's file ({@link RunningStore}), without
     * opening the file the service holds, and without folding or rebuilding the service's views. Otherwise as given.
     */
    static String[] throughRunningService(ToolRequest request, String[] settings) {
        boolean readsOnly = request instanceof ToolRequest.Report || request instanceof ToolRequest.Export;
        List<String> given = List.of(settings);
        String uri = System.getenv("MONGODB_URI");
        boolean ownUri = given.stream().anyMatch(setting -> setting.startsWith("--spring.mongodb.uri="))
                || uri != null && !uri.isBlank();
        if (!readsOnly || ownUri) {
            return settings;
        }
        Path store = Path.of(given.stream().filter(setting -> setting.startsWith(EMBEDDED_FILE))
                .map(setting -> setting.substring(EMBEDDED_FILE.length())).reduce((first, last) -> last)
                .orElse(DEFAULT_EMBEDDED_FILE)).toAbsolutePath();
        Optional<Integer> port = RunningStore.find(store);
        if (port.isEmpty()) {
            return settings;
        }
        System.err.println("The service is running on " + store + ": reading it through the service's database server "
                + "(127.0.0.1:" + port.get() + ") instead of opening the file it holds.");
        List<String> through = new ArrayList<>(given);
        through.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + port.get() + "/");
        through.add("--axon.eventhandling.processors.programme-views.mode=subscribing");
        through.add("--experiments.views.upgrade-at-start=false");
        return through.toArray(String[]::new);
    }

    private static final String EMBEDDED_FILE = "--experiments.mongodb.embedded.file=";
    /** As {@code application.yml} has it. */
    private static final String DEFAULT_EMBEDDED_FILE = "./data/experiments.mv";

    /** One sentence for a command that could not start, instead of the framework's trace. */
    static String cannotStart(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            if (String.valueOf(cause.getMessage()).contains("The file is locked")) {
                return "The store's file is in use by the running service, which holds it while it runs. A report or "
                        + "an export reads it through the service when the service has noted where it listens (beside "
                        + "the file, as experiments.mv.port); a backup, an import or a restore needs the service "
                        + "stopped, or its API: POST /api/admin/backup for a backup.";
            }
        }
        return "Could not start: " + String.valueOf(root.getMessage()).lines().findFirst().orElse(root.toString());
    }
}
