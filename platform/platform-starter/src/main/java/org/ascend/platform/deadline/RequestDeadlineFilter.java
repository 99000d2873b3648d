package org.ascend.platform.deadline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts each request's clock: the caller's budget from {@link RequestDeadline#HEADER} (the gateway's, or a calling
 * service's remainder), never more than this service's own limit, which also applies when no budget is sent.
 */
public class RequestDeadlineFilter extends OncePerRequestFilter {

    private static final Pattern MILLIS = Pattern.compile("[0-9]{1,9}");

    private final Duration limit;

    public RequestDeadlineFilter(Duration limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant arrived = Instant.now();
        String sent = request.getHeader(RequestDeadline.HEADER);
        Duration budget = sent != null && MILLIS.matcher(sent).matches()
                ? Duration.ofMillis(Math.min(Long.parseLong(sent), limit.toMillis())) : limit;
        RequestDeadline.enter(arrived.plus(budget));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestDeadline.leave();
        }
    }
}
