package org.ascend.platform.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Input every service refuses in one place, before anything reads it (the gateway checks too;
 * services do not trust network position):
 * <ul>
 * <li>a body over the limit, declared or not (a chunked body is read up to the limit, never further): 413;</li>
 * <li>a body that is not JSON by its {@code Content-Type} (missing, wildcard such as {@code application/*},
 * malformed, or another type): 415, since every Ascend API takes JSON bodies;</li>
 * <li>a NUL character in the query or anywhere in the body, raw or as the JSON escape {@code \u0000}:
 * PostgreSQL cannot store it in text, so it is a 400 here rather than a 500 at the database;</li>
 * <li>a query that is not percent-encoded UTF-8 (say {@code ?region=%FF}, or a broken escape): 400, where the
 * container's parameter parsing would otherwise fail mid-request (found by the bad-input suite).</li>
 * </ul>
 */
public class InputGuardFilter extends OncePerRequestFilter {

    private static final MediaType JSON = new MediaType("application", "*+json");

    private final long maxBytes;
    private final JsonMapper json;

    public InputGuardFilter(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response, tooLarge("The body is " + declared + " bytes; the limit is " + maxBytes + "."));
            return;
        }
        if (hasNul(request.getQueryString())) {
            refuse(response, nul("query"));
            return;
        }
        if (!percentEncodedUtf8(request.getQueryString())) {
            refuse(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-query", "Query is not valid UTF-8",
                    "The query string has a broken %-escape or bytes that are not UTF-8. Percent-encode each parameter's "
                            + "UTF-8 bytes (for example with encodeURIComponent) and send it again."));
            return;
        }
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response); // no body: its Content-Type says nothing
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response, tooLarge("The body is over the limit of " + maxBytes + " bytes."));
            return;
        }
        // A proxy may send an empty body chunked (the gateway does for a POST without one): still no body.
        ProblemDetail badType = body.length == 0 ? null : contentTypeProblem(request.getContentType());
        if (badType != null) {
            refuse(response, badType);
            return;
        }
        if (JsonText.hasNul(body)) {
            refuse(response, nul("body"));
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static ProblemDetail contentTypeProblem(String contentType) {
        try {
            if (contentType != null && JSON.isCompatibleWith(MediaType.parseMediaType(contentType))
                    && !MediaType.parseMediaType(contentType).isWildcardSubtype()) {
                return null;
            }
        } catch (InvalidMediaTypeException e) {
            // refused below, like any other type
        }
        return ProblemResponses.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported Content-Type", "Send the body as JSON with 'Content-Type: application/json'"
                        + (contentType == null ? "; the request had no Content-Type." : ", not '" + contentType + "'."));
    }

    private static boolean hasNul(String query) {
        return query != null && (query.indexOf('\0') >= 0 || query.toLowerCase(java.util.Locale.ROOT).contains("%00"));
    }

    /** The query as the client sent it (the container gives it undecoded, one char per byte). */
    private static boolean percentEncodedUtf8(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        var bytes = new java.io.ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Integer.parseInt(query, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static ProblemDetail nul(String where) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "nul-character", "NUL character not allowed",
                "The " + where + " contains a NUL character (\\u0000), which text here cannot hold. Remove it and "
                        + "send the request again.");
    }

    private static ProblemDetail tooLarge(String size) {
        return ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                size + " Send a smaller request.");
    }

    private void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body already read (and checked), for everything downstream. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
