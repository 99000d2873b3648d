package org.ascend.platform.config;

import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.ascend.platform.problem.AlsoAnswers;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each service's OpenAPI document tell the truth about failures: every operation lists the
 * problem+json answers it can really give (bad input, no token, wrong role, missing object, conflict,
 * oversized or wrongly typed body, rate limit, service down), each a shared response with the Problem
 * schema, and says who may call it (from its {@code @PreAuthorize}). The e2e suite checks that every
 * status it meets is documented.
 */
final class ApiResponsesDocumentation {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern ROLE = Pattern.compile("'([a-z-]+)'");

    /** Status, shared response name, and what it means to a caller. */
    private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[] {"BadRequest", "Bad input: a field or parameter is missing or invalid "
                + "(see `errors`), the body is not the JSON documented, or the URL carries a NUL character, an "
                + "encoded slash or '..'. Nothing was changed."});
        RESPONSES.put("401", new String[] {"Unauthenticated", "No valid access token. Send `Authorization: Bearer <token>`."});
        RESPONSES.put("403", new String[] {"Forbidden", "Your role may not call this operation."});
        RESPONSES.put("404", new String[] {"NotFound", "Nothing with that id exists, or it is not yours to see."});
        RESPONSES.put("409", new String[] {"Conflict", "The request conflicts with the current state (already "
                + "decided, closed, changed meanwhile, or a duplicate). `detail` says which and what to do."});
        RESPONSES.put("413", new String[] {"PayloadTooLarge", "The body is over the size limit (256 KB by default)."});
        RESPONSES.put("414", new String[] {"UriTooLong", "The URL is too long."});
        RESPONSES.put("415", new String[] {"UnsupportedMediaType", "The body's Content-Type is not accepted: send "
                + "application/json (never a wildcard type)."});
        RESPONSES.put("429", new String[] {"TooManyRequests", "Over the gateway's rate limit. Wait `Retry-After` seconds."});
        RESPONSES.put("503", new String[] {"ServiceUnavailable", "The service, or one it depends on such as its "
                + "database, could not complete the request. Try again after `Retry-After` seconds; send a write "
                + "again with the same `Idempotency-Key`, so that if it was saved after all you get its result, not a "
                + "second copy."});
        RESPONSES.put("504", new String[] {"GatewayTimeout", "From the gateway: the service did not answer in time, "
                + "or its connection broke, after the request reached it, so whether a write was applied is unknown. "
                + "Send it again with the same `Idempotency-Key`: if it was applied, you get its result."});
    }

    private ApiResponsesDocumentation() {
    }

    /** The Problem schema and the shared responses, once per document. */
    static void addComponents(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        Schema<?> fieldError = new ObjectSchema().description("One invalid field or parameter.")
                .addProperty("field", new StringSchema().description("The field or parameter, e.g. `regionCode`."))
                .addProperty("message", new StringSchema().description("What is wrong and what it accepts."));
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details, as every error is sent.")
                .addProperty("type", new StringSchema().description("Stable problem type, e.g. `urn:ascend:problem:validation`: switch on this."))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What went wrong and what to do next."))
                .addProperty("instance", new StringSchema().description("The path called."))
                .addProperty("correlationId", new StringSchema().description("Quote it when reporting a problem (also the `X-Correlation-Id` header)."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")));
        problem.setRequired(List.of("type", "title", "status", "detail"));
        components.addSchemas("FieldError", fieldError).addSchemas("Problem", problem);
        RESPONSES.forEach((status, nameAndMeaning) -> {
            var response = new ApiResponse().description(nameAndMeaning[1]).content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
            if (status.equals("429") || status.equals("503") || status.equals("504")) {
                response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                        .schema(new IntegerSchema()));
            }
            components.addResponses(nameAndMeaning[0], response);
        });
        api.setComponents(components);
    }

    /** Drops the shared responses no operation of this service refers to (a read-only service has no conflicts). */
    static void removeUnusedResponses(OpenAPI api) {
        java.util.Set<String> used = new java.util.HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> used.add(response.get$ref()));
                }
            }));
        }
        RESPONSES.values().forEach(nameAndMeaning -> {
            if (!used.contains("#/components/responses/" + nameAndMeaning[0])) {
                api.getComponents().getResponses().remove(nameAndMeaning[0]);
            }
        });
    }

    /** The failures one operation can answer with, and who may call it. */
    static Operation describe(Operation operation, HandlerMethod handler, String httpMethod) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean write = !httpMethod.equals("GET");
        boolean hasPathVariables = java.util.Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
        PreAuthorize roles = preAuthorize(handler);
        AlsoAnswers also = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AlsoAnswers.class);
        java.util.Set<String> extra = also == null ? java.util.Set.of()
                : java.util.Arrays.stream(also.value()).mapToObj(String::valueOf).collect(java.util.stream.Collectors.toSet());
        RESPONSES.forEach((status, nameAndMeaning) -> {
            boolean applies = extra.contains(status) || switch (status) {
                case "403" -> roles != null;
                case "404" -> hasPathVariables;
                case "409", "413", "415" -> write;
                default -> true;
            };
            if (applies && !responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + nameAndMeaning[0]));
            }
        });
        operation.setResponses(responses);
        if (roles != null && (operation.getDescription() == null || !operation.getDescription().contains("**Who may call:**"))) {
            String who = "**Who may call:** " + String.join(", ", rolesIn(roles.value())) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        }
        return operation;
    }

    private static PreAuthorize preAuthorize(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        AnnotatedElement type = handler.getBeanType();
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
    }

    private static List<String> rolesIn(String expression) {
        Matcher matcher = ROLE.matcher(expression);
        List<String> roles = new java.util.ArrayList<>();
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles.isEmpty() ? List.of(expression) : roles;
    }
}
