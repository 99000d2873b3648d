package org.ascend.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into RFC 9457 problem+json (docs/architecture.md): field errors for validation, the
 * correlation id on every body, and never a stack trace or class name.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> domainRule(ApiProblem problem) {
        if (!problem.fieldErrors().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            problem.fieldErrors().forEach((field, message) -> errors.add(fieldError(field, message)));
            return validationProblem(errors);
        }
        return ProblemResponses.respond(problem.status(), problem.slug(), problem.title(), problem.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException ex) {
        String accepts = "must be " + Accepts.describe(ex.getRequiredType());
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Parameter '" + ex.getName() + "' " + accepts + ". Correct it and send the request again.");
        return ProblemResponses.respond(ProblemResponses.withFieldErrors(problem, List.of(fieldError(ex.getName(), accepts))));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex) {
        return ProblemResponses.respond(HttpStatus.CONFLICT, "conflict", "Already exists",
                "A record with the same identity already exists. Fetch it instead of creating it again.");
    }

    /** {@code @PreAuthorize} refusals surface here, inside the controller call. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex) {
        return ProblemResponses.respond(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this. Ask a programme manager or platform admin if you need access.");
    }

    /** From {@code @Validated} beans (services called with bad values); MVC's own checks arrive as the overrides below. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            errors.add(fieldError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage()));
        });
        return validationProblem(errors);
    }

    /**
     * The database went away or ran out of time mid-request (a restart, a failover, the request's deadline): whether
     * a commit landed may be unknown, so say how to find out rather than that nothing changed. The idempotency record
     * commits with the change itself, so a retry with the same key returns the saved result or does the work once
     * (docs/reliability.md).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class, TransactionSystemException.class, TransactionTimedOutException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable for this request: {}", ex.getMessage());
        var problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "Temporarily unavailable", "The service's database could not complete this request (it may be "
                        + "restarting). Send the request again in a few seconds with the same Idempotency-Key: if it "
                        + "was saved after all, you get that result rather than a second copy.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unhandled error", ex);
        return ProblemResponses.respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Unexpected error",
                "Something went wrong on our side. Try again; if it persists, report the correlation id.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.isBindingFailure() ? bindingFailure(error) : error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        // A parameter object (a filter record bound from the query) names its own fields, not the Java parameter.
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(error instanceof FieldError field
                        ? fieldError(field.getField(), field.isBindingFailure() ? bindingFailure(field) : field.getDefaultMessage())
                        : fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof DatabindException databind ? databind.getPathReference() : null;
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                field == null
                        ? "The request body is missing or is not valid JSON. Send a JSON object as documented in the API."
                        : "A field has the wrong type or format. Correct it and send the request again.");
        if (field != null) {
            Class<?> target = ex.getCause() instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                    ? mismatch.getTargetType() : null;
            ProblemResponses.withFieldErrors(problem, List.of(fieldError(jsonPath(field),
                    target == null ? "has the wrong type or format" : "must be " + Accepts.describe(target))));
        }
        return ProblemResponses.respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            org.springframework.web.HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type '" + ex.getContentType() + "'";
        return ProblemResponses.respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported Content-Type", "This endpoint does not take " + sent + ". Send the body as "
                        + (ex.getSupportedMediaTypes().isEmpty() ? "application/json"
                                : ex.getSupportedMediaTypes().get(0).toString()) + ".");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own MVC errors (405, 406, 415, 404 ...) keep their status and detail, in our format.
        if (body == null && ex instanceof org.springframework.web.ErrorResponse error) {
            body = error.getBody();
        }
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail()
                : "The request could not be handled.";
        String title = body instanceof ProblemDetail pd && pd.getTitle() != null ? pd.getTitle() : "Request failed";
        return ProblemResponses.respond(ProblemResponses.problem(statusCode, "http-" + statusCode.value(), title, detail));
    }

    /** A value that could not even be converted: say what the field accepts, never Spring's class-naming message. */
    private static String bindingFailure(FieldError error) {
        var mismatch = error.contains(org.springframework.beans.TypeMismatchException.class)
                ? error.unwrap(org.springframework.beans.TypeMismatchException.class) : null;
        return "must be " + Accepts.describe(mismatch == null ? null : mismatch.getRequiredType());
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        errors.sort(java.util.Comparator.comparing((Map<String, String> e) -> e.get("field"))
                .thenComparing(e -> e.get("message")));
        var problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Some fields are missing or invalid; see 'errors'. Correct them and send the request again.");
        return ProblemResponses.respond(ProblemResponses.withFieldErrors(problem, errors));
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field == null ? "" : field, "message", message == null ? "is invalid" : message);
    }

    /** Jackson's path reference reads like {@code Type["a"]->Other["b"]}; users want {@code a.b}. */
    private static String jsonPath(String reference) {
        var matcher = java.util.regex.Pattern.compile("\\[\"?([^\"\\]]*)\"?]").matcher(reference);
        List<String> parts = new ArrayList<>();
        while (matcher.find()) {
            parts.add(matcher.group(1));
        }
        return parts.isEmpty() ? reference : String.join(".", parts);
    }
}
