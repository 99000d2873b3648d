package org.ascend.platform.problem;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page, as problem+json instead of HTML. Tomcat answers some requests before Spring
 * sees them (a malformed URI, an encoded NUL or slash in the path, a request it cannot parse), and
 * every {@code sendError} ends here too (the platform registers no /error page).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own: only errors, only once, and never over a body already written.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // Plain fields: Tomcat may answer before the application (and its JSON set-up) is involved.
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", ProblemTypes.of("http-" + status).toString());
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail(status));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response is committed: nothing more to say
        }
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Request failed" : known.getReasonPhrase();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check its URL (no encoded slashes, '..' or control characters), "
                    + "method and headers, and send it again.";
            case 404 -> "Nothing lives at this path. Check the URL against the API documentation.";
            case 405 -> "This method is not allowed here. Check the API documentation for the methods this path takes.";
            case 413 -> "The request is too large. Send a smaller request.";
            case 414 -> "The URL is too long. Send fewer or shorter query parameters.";
            default -> "The request could not be handled. Try again; if it persists, report the time and path.";
        };
    }
}
