package dk.holbaek.experiments.api.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import dk.holbaek.experiments.api.problem.ProblemResponses;

/**
 * Two doors with the same users ({@link SecurityProperties}): HTTP Basic without a session for {@code /api/**} and
 * {@code /actuator/**}, and a login form for the dashboard. STAFF sends commands and reads experiments; STEERING
 * reads experiments, views and reports; ANALYST reads everything; ADMIN may do everything. The API keeps no
 * session, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String STAFF = "STAFF";
    private static final String STEERING = "STEERING";
    private static final String ANALYST = "ANALYST";
    private static final String ADMIN = "ADMIN";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    ProblemResponses problems) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/exports/**").hasAnyRole(ANALYST, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/experiments", "/api/experiments/**")
                        .hasAnyRole(STAFF, STEERING, ANALYST, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(STEERING, ANALYST, ADMIN)
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::documentHeaders)
                .build();
    }

    /**
     * The dashboard: a login form and a session (with CSRF protection) for people in a browser; every role may look.
     */
    @Bean
    @Order(2)
    SecurityFilterChain dashboardSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/error", "/favicon.ico").permitAll()
                        .anyRequest().hasAnyRole(STAFF, STEERING, ANALYST, ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::documentHeaders)
                .build();
    }

    /**
     * Pages and the HTML report run no script at all and load nothing from elsewhere (the report's styles and charts
     * are inline); no other site learns which page a user came from.
     */
    private static void documentHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (SecurityProperties.User user : properties.users()) {
            users.createUser(User.withUsername(user.name())
                    .password(user.password())
                    .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                    .build());
        }
        return users;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetailsService, SecurityProperties properties,
                                                Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new ProviderManager(new RememberingAuthenticationProvider(passwordCheck, clock,
                properties.verifiedLoginTtl()));
    }
}
