package org.ascend.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./ascend token <role>}: asks the local identity provider for the demo user's access token
 * (the demo client of that user, client credentials) and prints just the token, for use in curl.
 */
public final class DemoTokens {

    private static final String DEMO_SECRET = System.getenv().getOrDefault("ASCEND_DEMO_SECRET", "demo");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoTokens() {
    }

    static int print(List<String> args) throws InterruptedException {
        if (args.size() != 1) {
            System.err.println("Usage: ./ascend token <role>   e.g. ./ascend token platform-admin");
            return 2;
        }
        try {
            System.out.println(fetch(args.get(0)));
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** The demo user's access token; an IllegalStateException says what went wrong and what to do. */
    public static String fetch(String user) throws InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("demo-" + user + ":" + DEMO_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(LocalStack.issuer() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() == 401) {
                throw new IllegalStateException("No demo user '" + user + "'. Try: applicant, sponsor, assessor, moderator, coach,"
                        + " programme-manager, regional-lead (or regional-lead-y56 ... -y63), analyst, platform-admin.");
            }
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("The identity provider answered " + response.statusCode() + ": " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("The identity provider at " + LocalStack.issuer() + " is not answering."
                    + " Is Ascend running? Start it with ./ascend up");
        }
    }
}
