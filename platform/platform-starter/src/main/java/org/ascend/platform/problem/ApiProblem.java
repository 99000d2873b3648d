package org.ascend.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A domain rule said no. Thrown from services; rendered as RFC 9457 problem+json with a stable
 * {@code type} built from {@link #slug()} and a human {@code detail} that says what to do next.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final java.util.Map<String, String> fieldErrors;

    public ApiProblem(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, java.util.Map.of());
    }

    private ApiProblem(HttpStatus status, String slug, String title, String detail,
            java.util.Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.fieldErrors = fieldErrors;
    }

    /** Input that is well-formed but breaks a domain rule per field (e.g. an answer over its word limit). */
    public static ApiProblem invalidFields(java.util.Map<String, String> fieldErrors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid; see 'errors'. Correct them and send the request again.",
                new java.util.TreeMap<>(fieldErrors));
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", what + " not found",
                "No " + what.toLowerCase() + " with id " + id + " exists. Check the id, or list them first.");
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, title, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public java.util.Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
