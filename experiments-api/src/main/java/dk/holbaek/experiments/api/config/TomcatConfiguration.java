package dk.holbaek.experiments.api.config;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.holbaek.experiments.api.problem.ProblemErrorReportValve;

/** Tomcat answers what it refuses itself in the same problem format as the application. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TomcatConfiguration {

    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }
}
