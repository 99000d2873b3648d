package org.ascend.assessment.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.stereotype.Component;

/**
 * The guard on calls to recruitment (docs/architecture.md), all named "recruitment": each attempt has a time
 * limit; failed attempts are retried (never "not found", never while the circuit is open); and the
 * circuit opens when too many of the recent calls failed, so a down recruitment costs callers nothing
 * but a fast refusal, then half-opens to try again.
 */
@Component
public class RecruitmentResilience {

    public static final String NAME = "recruitment";

    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter limiter;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "recruitment-call");
        thread.setDaemon(true);
        return thread;
    });

    RecruitmentResilience(RecruitmentCallProperties guard) {
        int window = guard.windowSize();
        this.breaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
                .slidingWindowSize(window).minimumNumberOfCalls(Math.min(window, 4))
                .failureRateThreshold(guard.failureRateThreshold())
                .waitDurationInOpenState(guard.openFor()).permittedNumberOfCallsInHalfOpenState(1)
                .ignoreExceptions(FeignException.NotFound.class).build());
        this.retry = Retry.of(NAME, RetryConfig.custom().maxAttempts(guard.retries()).waitDuration(Duration.ofMillis(200))
                .ignoreExceptions(FeignException.NotFound.class, CallNotPermittedException.class).build());
        this.limiter = TimeLimiter.of(NAME, TimeLimiterConfig.custom().timeoutDuration(guard.timeout())
                .cancelRunningFuture(true).build());
    }

    /** Runs the call under time limit, circuit breaker and retry; throws what the last attempt threw. */
    public <T> T call(Supplier<T> call) {
        var context = org.slf4j.MDC.getCopyOfContextMap(); // the correlation id travels to the call's thread
        Supplier<T> withContext = () -> {
            if (context != null) {
                org.slf4j.MDC.setContextMap(context);
            }
            try {
                return call.get();
            } finally {
                org.slf4j.MDC.clear();
            }
        };
        Supplier<T> limited = () -> {
            try {
                return limiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(withContext, calls));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
            }
        };
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, unwrap(limited))).get();
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** A failure inside the future surfaces as its cause (e.g. Feign's NotFound), so the rules above can see it. */
    private static <T> Supplier<T> unwrap(Supplier<T> supplier) {
        return () -> {
            try {
                return supplier.get();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
