package org.ascend.gateway.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's settings ({@code ascend.gateway.*}; application.yml sets them from the environment).
 *
 * @param maxBodySize the largest request body routed; a chunked one is read up to this and no further
 * @param cors        which browser origins may call the API
 * @param rate        the rate limits, per user and per address
 * @param keys        fetching the identity provider's signing keys
 * @param trustedProxies proxies in front of the gateway whose X-Forwarded-For entries are believed ({@link ClientAddress})
 * @param timeLimit   how long the gateway waits for a service's answer (its circuit breaker's time limiter and HTTP
 *                    client use the same value); the service is given this less two seconds to finish
 */
@ConfigurationProperties("ascend.gateway")
public record GatewayProperties(DataSize maxBodySize, Cors cors, Rate rate, Keys keys, Integer trustedProxies,
        Duration timeLimit) {

    public GatewayProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        cors = cors == null ? new Cors(null) : cors;
        rate = rate == null ? new Rate(null, null) : rate;
        keys = keys == null ? new Keys(null) : keys;
        trustedProxies = trustedProxies == null ? 0 : trustedProxies;
        timeLimit = timeLimit == null ? Duration.ofSeconds(15) : timeLimit;
    }

    /** @param allowedOrigins web clients allowed to call the API from a browser */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    /**
     * @param perSecond requests a second each user (or address, without a valid token) may make, on average
     * @param burst     requests above that rate taken at once
     */
    public record Rate(Integer perSecond, Integer burst) {

        public Rate {
            perSecond = perSecond == null ? 50 : perSecond;
            burst = burst == null ? 100 : burst;
        }
    }

    /** @param minRefetchInterval the shortest time between two fetches for an unknown key id */
    public record Keys(Duration minRefetchInterval) {

        public Keys {
            minRefetchInterval = minRefetchInterval == null ? Duration.ofSeconds(10) : minRefetchInterval;
        }
    }
}
