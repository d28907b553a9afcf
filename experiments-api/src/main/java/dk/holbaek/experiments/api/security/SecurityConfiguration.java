package dk.holbaek.experiments.api.security;

import java.io.IOException;
import java.time.Clock;


import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import dk.holbaek.experiments.api.problem.ProblemResponses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Two doors with the same users ({@link SecurityProperties}): HTTP Basic without a session for {@code /api/**} and
 * {@code /actuator/**} and the OpenAPI document, and a login form for the dashboard. Who may do what is decided in
 * {@link Access}, for both doors. The API keeps no session, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {


    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** The forms load one script of this service's own (the running sum of the activity form), and nothing inline. */
    static final String FORMS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'none'",
            "script-src 'self'");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    ProblemResponses problems) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(Access.ADMINISTER.roles())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                        .hasAnyRole(Access.READ_EVENTS.roles())
                        .requestMatchers("/api/admin/**").hasAnyRole(Access.ADMINISTER.roles())
                        .requestMatchers(HttpMethod.GET, "/api/exports/**", "/api/events/**")
                        .hasAnyRole(Access.READ_EVENTS.roles())
                        .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(Access.READ_REPORT.roles())
                        .requestMatchers(HttpMethod.POST, "/api/account/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(Access.RECORD.roles())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(Access.READ.roles())
                        .anyRequest().hasAnyRole(Access.ADMINISTER.roles()))
                .httpBasic(basic -> basic.authenticationEntryPoint(loginRefused(problems)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(loginRefused(problems))
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
    SecurityFilterChain dashboardSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                          UserAccounts accounts) throws Exception {
        return http
                .addFilterBefore(new AccountCheck(accounts), AuthorizationFilter.class)
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/locked", "/css/**", "/js/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/forms/**").hasAnyRole(Access.RECORD.roles())
                        .requestMatchers("/admin/**").hasAnyRole(Access.ADMINISTER.roles())
                        .requestMatchers("/report").hasAnyRole(Access.READ_REPORT.roles())
                        .anyRequest().hasAnyRole(Access.READ.roles()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::loginFailed))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::documentHeaders)
                .build();
    }

    /**
     * Pages and the HTML report run no script at all and load nothing from elsewhere (the report's styles and charts
     * are inline); the forms run only this service's own script file. No other site learns which page a user came from.
     */
    private static void documentHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith(request.getContextPath() + "/forms/")
                                ? FORMS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /** 401 with a Basic challenge, or 429 with {@code Retry-After} for a name locked by too many failures. */
    private static AuthenticationEntryPoint loginRefused(ProblemResponses problems) {
        return (request, response, failure) -> {
            if (failure instanceof LoginThrottledException throttled) {
                problems.tooManyFailedLogins(request, response, throttled.retryAfterSeconds());
            } else {
                problems.unauthorized(request, response, failure);
            }
        };
    }

    /**
     * A wrong login on the form shows the form again with the reason; a name locked by too many failures answers 429
     * with {@code Retry-After} and the form saying how long to wait.
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute("lockedMinutes", (throttled.retryAfterSeconds() + 59) / 60);
            request.getRequestDispatcher("/login/locked").forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, SecurityProperties properties, Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return new ProviderManager(new GuardedAuthenticationProvider(new RememberingAuthenticationProvider(passwordCheck,
                clock, properties.verifiedLoginTtl(), name -> accounts.find(name).orElse(null)), new LoginThrottle(clock)));
    }

}
