package org.ascend.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ascend.local.DemoTokens;

import tools.jackson.databind.JsonNode;

/**
 * {@code ./ascend report <stocktake|intake|end-of-year>}: generates a report through the gateway as a demo user,
 * shows the job's progress, and saves its PDF (docs/reporting.md, "Reports"). Defaults suit the demo: the Aspirant
 * Director of Workforce scheme, its newest intake, the programme board as audience.
 */
public final class DemoReport {

    private static final String ADOW = "Aspirant Director of Workforce";
    private static final String USAGE = """
            Usage: ./ascend report <stocktake|intake|end-of-year> [--audience=PROGRAMME_BOARD|REGIONAL|PUBLIC] [--region=Y60]
                                   [--scheme=<id>] [--intake=<id>] [--year=2018/19] [--as=<demo user>] [--out=<file.pdf>]
              stocktake    all cohorts of a scheme so far (default: Aspirant Director of Workforce)
              intake       one intake (default: the scheme's newest intake)
              end-of-year  one NHS financial year (default: the last complete one; the demo's history is 2017/18-2018/19)""";

    private DemoReport() {
    }

    public static int run(List<String> args, String gateway) throws InterruptedException {
        if (args.isEmpty() || !List.of("stocktake", "intake", "end-of-year").contains(args.get(0))) {
            System.err.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : args.subList(1, args.size())) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                System.err.println("Not understood: " + arg + "\n" + USAGE);
                return 2;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        try {
            DemoApi caller = DemoApi.as(gateway, options.getOrDefault("as", "programme-manager"));
            Map<String, Object> request = request(args.get(0), options, DemoApi.as(gateway, "programme-manager"));
            System.out.println("Generating the " + args.get(0) + " report for " + request.get("audience") + "...");
            JsonNode job = caller.call("POST", "/api/reporting/reports", request, Set.of(202)).body();
            String location = "/api/reporting/reports/" + job.path("id").asString();
            String shown = "";
            while (List.of("QUEUED", "RUNNING").contains(job.path("state").asString())) {
                String now = String.format("  %3d %%  %s", job.path("percent").asInt(), job.path("step").asString(""));
                if (!now.equals(shown)) {
                    System.out.println(now);
                    shown = now;
                }
                DemoApi.sleep(250);
                job = caller.get(location);
            }
            if (!"DONE".equals(job.path("state").asString())) {
                System.err.println("The report failed: " + job.path("reason").asString());
                return 1;
            }
            Path out = Path.of(options.getOrDefault("out", args.get(0) + "-" + job.path("id").asString().substring(0, 8) + ".pdf"));
            Files.write(out, download(gateway + job.path("links").path("pdf").asString(), options.getOrDefault("as", "programme-manager")));
            System.out.println("  100 %  done: " + job.path("title").asString());
            job.path("headline").properties().forEach(figure -> System.out.println("         " + figure.getKey() + ": "
                    + figure.getValue().asString()));
            System.out.println("Saved " + out.toAbsolutePath() + " (HTML: " + gateway + job.path("links").path("html").asString()
                    + ", tables: " + gateway + job.path("links").path("tables").asString() + ")");
            return 0;
        } catch (IllegalStateException | IOException e) {
            System.err.println(e.getMessage() + (e.getMessage() != null && e.getMessage().contains("Is the gateway up") ? ""
                    : "\nIs Ascend running (./ascend status), and was it started with --demo?"));
            return 1;
        }
    }

    private static Map<String, Object> request(String kind, Map<String, String> options, DemoApi manager) {
        Map<String, Object> request = new HashMap<>();
        request.put("audience", options.getOrDefault("audience", "PROGRAMME_BOARD"));
        if (options.containsKey("region")) {
            request.put("region", options.get("region"));
        }
        switch (kind) {
            case "stocktake" -> {
                request.put("kind", "STOCKTAKE");
                request.put("schemeId", options.getOrDefault("scheme", scheme(manager)));
                if (!options.containsKey("scheme")) {
                    request.put("title", ADOW + ": stocktake of the cohorts so far");
                }
            }
            case "intake" -> {
                request.put("kind", "INTAKE");
                request.put("intakeId", options.getOrDefault("intake", newestIntake(manager, options.getOrDefault("scheme", scheme(manager)))));
            }
            default -> {
                request.put("kind", "END_OF_YEAR");
                LocalDate lastYear = LocalDate.now().minusYears(1);
                int start = lastYear.getMonthValue() >= 4 ? lastYear.getYear() : lastYear.getYear() - 1;
                request.put("financialYear", options.getOrDefault("year", start + "/" + String.format("%02d", (start + 1) % 100)));
            }
        }
        return request;
    }

    private static String scheme(DemoApi manager) {
        for (JsonNode scheme : manager.get("/api/recruitment/schemes")) {
            if (scheme.path("name").asString().startsWith(ADOW)) {
                return scheme.path("id").asString();
            }
        }
        throw new IllegalStateException("No " + ADOW + " scheme here (start with ./ascend up --demo), so name one with --scheme=<id>");
    }

    private static String newestIntake(DemoApi manager, String scheme) {
        JsonNode intakes = manager.get("/api/reporting/intakes?scheme=" + scheme);
        if (intakes.isEmpty()) {
            throw new IllegalStateException("Reporting has no intake of scheme " + scheme + " yet; name one with --intake=<id>");
        }
        return intakes.get(0).path("intakeId").asString();
    }

    private static byte[] download(String url, String user) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + DemoTokens.fetch(user)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (!Set.of(200).contains(response.statusCode())) {
            throw new IllegalStateException("Downloading " + url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
