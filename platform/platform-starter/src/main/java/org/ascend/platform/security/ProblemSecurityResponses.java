package org.ascend.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.ascend.platform.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 in the platform's problem+json shape, saying what to do next; never any data. */
final class ProblemSecurityResponses {

    private ProblemSecurityResponses() {
    }

    static AuthenticationEntryPoint unauthenticated(JsonMapper json, UnauthenticatedAudit audit) {
        return (request, response, error) -> {
            audit.record(request);
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "Send a valid access token as 'Authorization: Bearer <token>' (locally: ./ascend token <role>).");
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, error) -> write(response, json, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow this. Ask a programme manager or platform admin if you need access.");
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String slug,
            String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemResponses.problem(status, slug, title, detail));
    }
}
