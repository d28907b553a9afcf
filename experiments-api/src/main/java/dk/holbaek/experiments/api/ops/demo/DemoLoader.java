package dk.holbaek.experiments.api.ops.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.api.ops.transfer.EventLog;

/**
 * With {@code --experiments.demo.enabled=true}: fills an empty event store with the mandate's programme at start-up.
 * A store that already holds events is left alone, so the option is safe to leave on.
 */
@Component
@ConditionalOnBooleanProperty("experiments.demo.enabled")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final CommandGateway commands;
    private final EventLog eventLog;

    DemoLoader(CommandGateway commands, EventLog eventLog) {
        this.commands = commands;
        this.eventLog = eventLog;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!eventLog.storeIsEmpty()) {
            log.info("Demo programme not loaded: the event store already holds events");
            return;
        }
        int commandCount = new DemoProgramme(commands).load();
        log.info("Demo programme loaded: {} commands recorded through the normal command handlers", commandCount);
    }
}
