package dk.holbaek.experiments.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /v3/api-docs}, for analysts and administrators (springdoc, from the controllers):
 * every operation with the problem details it may answer, each problem type with an example. {@code docs/api.md}
 * stays the guide; this is the reference a client generator reads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command line runs without the web layer, and without springdoc
class ApiDescription {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The problems an operation may answer, by status: when it applies, and its example. */
    private record Answer(String status, String type, String title, String detail, Map<String, Object> more) {
    }

    private static final Answer UNAUTHORIZED = new Answer("401", "unauthorized", "Login required",
            "Send a user name and password with HTTP Basic authentication.", Map.of());
    private static final Answer FORBIDDEN = new Answer("403", "forbidden", "Not allowed for your role",
            "Your user may not read /api/events; ask an administrator for the role it needs.", Map.of());
    private static final Answer THROTTLED = new Answer("429", "too-many-failed-logins", "Too many failed logins",
            "This user name failed to log in too often from your address. Try again in 840 seconds.", Map.of());
    private static final Answer INTERNAL = new Answer("500", "internal-error", "Something went wrong on our side",
            "The request could not be completed; the failure has been logged.", Map.of());
    private static final Answer UNAVAILABLE = new Answer("503", "database-unavailable", "The database cannot be reached",
            "The service cannot reach its database just now. Nothing was recorded unless a later read shows it; send "
                    + "the request again in 5 seconds (with the same Idempotency-Key, a repeated command is recorded once).",
            Map.of());
    private static final Answer STORAGE_FULL = new Answer("507", "storage-full", "The database's disk is full",
            "Nothing new can be recorded until an administrator frees space on the database's disk; nothing of this "
                    + "request was recorded. Everything recorded so far is kept and can be read.", Map.of());
    private static final Answer NOT_FOUND = new Answer("404", "not-found", "Not found",
            "Nothing is recorded under the id 3f0c2a9e-7d51-4c1a-9a55-0b8f3e6f2a10.", Map.of());
    private static final Answer INVALID_QUERY = new Answer("400", "invalid-request", "The request is invalid",
            "One field needs correcting: asOf must be a date like 2014-12-31 or an instant like 2014-12-31T16:00:00Z.",
            Map.of("errors", List.of(Map.of("field", "asOf",
                    "message", "must be a date like 2014-12-31 or an instant like 2014-12-31T16:00:00Z"))));
    private static final Answer INVALID_COMMAND = new Answer("400", "invalid-request", "The request is invalid",
            "One field needs correcting: participants.byGroup the groups add up to 42, more than the 40 participants "
                    + "in total.",
            Map.of("errors", List.of(Map.of("field", "participants.byGroup",
                    "message", "the groups add up to 42, more than the 40 participants in total"))));
    private static final Answer RULE_VIOLATED = new Answer("409", "rule-violated", "Not allowed in the current state",
            "An activity can only be added once the experiment has started; this one is approved.",
            Map.of("rule", "experiment.records-after-start"));
    private static final Answer STALE = new Answer("412", "stale-version", "Changed since you read it",
            "You sent If-Match \"3\", but it is now at version 5. Read it again, check the changes, and resend with the "
                    + "new version.", Map.of("currentVersion", 5));
    private static final Answer TOO_LARGE = new Answer("413", "body-too-large", "The request is too large",
            "A request body may be at most 1 MB (1,048,576 bytes).", Map.of());
    private static final Answer KEY_REUSED = new Answer("422", "idempotency-key-reused",
            "Idempotency-Key used for another request",
            "This Idempotency-Key was already used with a different request. Use a new key for a new request.", Map.of());

    /**
     * Schema names for nested records that say whose they are ({@code BroadInvolvementViewRow},
     * {@code ExperimentDetailActivity}): by their simple names alone, the four views' {@code Row}s or an activity as
     * sent and as read would share one schema, and the document would describe three of them wrongly.
     */
    private static final TypeNameResolver NESTED_NAMES = new TypeNameResolver() {
        @Override
        protected String getNameOfClass(Class<?> type) {
            Class<?> outer = type.getEnclosingClass();
            return outer != null && type.getName().startsWith("dk.holbaek.")
                    ? getNameOfClass(outer) + super.getNameOfClass(type) : super.getNameOfClass(type);
        }
    };

    /** Puts a model resolver that names nested records by {@link #NESTED_NAMES} in the place of swagger's default. */
    @Bean
    SmartInitializingSingleton nestedSchemaNames(SpringDocConfigProperties springdoc) {
        return () -> {
            ModelConverters registry = ModelConverters.getInstance(springdoc.isOpenapi31());
            List<ModelConverter> converters = new ArrayList<>(registry.getConverters());
            for (int i = 0; i < converters.size(); i++) {
                if (converters.get(i).getClass() == ModelResolver.class) {
                    converters.set(i, new Named(springdoc.isOpenapi31()));
                }
            }
            converters.forEach(registry::removeConverter);
            for (int i = converters.size() - 1; i >= 0; i--) {
                registry.addConverter(converters.get(i)); // added at the head: the order stays as it was
            }
        };
    }

    private static final class Named extends ModelResolver {

        Named(boolean openapi31) {
            super(openapi31 ? Json31.mapper() : Json.mapper(), NESTED_NAMES);
            openapi31(openapi31);
        }
    }

    @Bean
    OpenAPI experimentsApi(ObjectProvider<BuildProperties> build) {
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("dev");
        return new OpenAPI()
                .info(new Info()
                        .title("experiments: Holbæk Kommune's Demokratieksperimentarium")
                        .version(version)
                        .description("The learning repository's HTTP API: commands that record experiments, their "
                                + "activities, learnings and initiatives, council involvements and recommendations; "
                                + "the four criteria views, the experience report and the event log. The guide, with "
                                + "the domain's rules, is docs/api.md in the repository. Every error is an RFC 9457 "
                                + "problem detail (schema Problem) whose type is one of the URNs listed there."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Adds to each operation the problem details it can answer, unless a controller described them already. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> answer(path, method, operation)));
        };
    }

    private static void answer(String path, PathItem.HttpMethod method, Operation operation) {
        List<Answer> answers = new ArrayList<>(List.of(UNAUTHORIZED, FORBIDDEN, THROTTLED, INTERNAL, UNAVAILABLE));
        if (path.contains("{")) {
            answers.add(NOT_FOUND);
        }
        if (method == PathItem.HttpMethod.POST) {
            answers.addAll(List.of(INVALID_COMMAND, RULE_VIOLATED, STALE, TOO_LARGE, KEY_REUSED, STORAGE_FULL));
        } else if (hasQueryParameters(operation)) {
            answers.add(INVALID_QUERY);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach(answer -> responses.putIfAbsent(answer.status(), response(answer)));
        operation.setResponses(responses);
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
    }

    private static ApiResponse response(Answer answer) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:experiments:problem:" + answer.type());
        example.put("title", answer.title());
        example.put("status", Integer.parseInt(answer.status()));
        example.put("detail", answer.detail());
        example.putAll(answer.more());
        return new ApiResponse()
                .description(answer.title())
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref(PROBLEM_SCHEMA))
                        .addExamples(answer.type(), new Example().value(example))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail; type, title and status stay the same whatever the language")
                .addProperty("type", new StringSchema().example("urn:experiments:problem:invalid-request")
                        .description("urn:experiments:problem: followed by invalid-request, body-too-large, "
                                + "invalid-idempotency-key, unauthorized, too-many-failed-logins, forbidden, not-found, "
                                + "rule-violated, concurrent-write, idempotency-key-in-use, stale-version, "
                                + "idempotency-key-reused, store-not-empty, database-unavailable, storage-full, "
                                + "internal-error or http-<status>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what to fix, naming the field, rule or id"))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema()
                        .description("400 invalid-request: one entry per bad field")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().example("costs[1].amountDkk"))
                                .addProperty("message", new StringSchema())))
                .addProperty("rule", new StringSchema().description("409 rule-violated: the rule the command broke"))
                .addProperty("currentVersion", new IntegerSchema()
                        .description("412 stale-version: the version to read and resend against"));
    }
}
