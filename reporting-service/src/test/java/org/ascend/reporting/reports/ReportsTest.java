package org.ascend.reporting.reports;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ascend.platform.test.Http;
import org.ascend.platform.test.ServiceIntegrationTest;
import org.ascend.platform.test.TestIdentity;
import org.ascend.platform.test.TestInfrastructure;
import org.ascend.platform.test.TopicProbe;
import org.ascend.platform.test.EventContracts;
import org.ascend.reporting.ConsumerLag;
import org.ascend.reporting.Topics;
import org.ascend.reporting.rebuild.ReadModelRebuilder;
import org.ascend.reporting.reports.validity.PredictiveValidity;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the three reports, for each audience, hold the reporting API's figures for the same audience; the regional
 * one no count a disclosure rule forbids; the PDF the same headline figures and charts that render; the event; and
 * who may generate what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReadModelRebuilder rebuilder;

    ReportData data;

    @BeforeAll
    void history() {
        data = new ReportData().send();
        ConsumerLag.awaitNone(Duration.ofSeconds(60), rebuilder.topics());
    }

    @Test
    void theProgrammeBoardsIntakeReportHoldsTheApisNationalFiguresInHtmlAndPdf() throws Exception {
        Http manager = as("programme-manager");
        JsonNode report = generate(manager, Map.of("kind", "INTAKE", "audience", "PROGRAMME_BOARD", "intakeId", data.intake));
        Document html = Jsoup.parse(new String(manager.bytes(report.path("links").path("html").asString()),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(html.select("header.cover .audience").text()).isEqualTo("Programme board");
        assertThat(html.select("h1").size()).isEqualTo(1);
        assertThat(html.select("table")).allMatch(table -> !table.select("caption").text().isBlank());
        assertThat(html.select("svg[role=img]")).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(svg -> !svg.select("title").text().isBlank() && !svg.select("desc").text().isBlank());
        assertSameFiguresAsTheApi(manager, html, null);
        assertThat(cells(html, "funnel", "Applied")).containsExactly("60", "100%");

        byte[] pdf = manager.bytes(report.path("links").path("pdf").asString());
        keepForReview("intake-programme-board", html.outerHtml(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            report.path("headline").properties().forEach(figure ->
                    assertThat(text).as("headline %s", figure.getKey()).contains(figure.getKey() + "\n" + figure.getValue().asString()));
            assertThat(text).contains("Contents", "Page 1 of " + document.getNumberOfPages(), "Programme board");
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 is 595 points wide").isBetween(594f, 596f);
            assertThat(bluePixels(document, text, "Applicants at each stage")).as("the funnel chart is drawn").isGreaterThan(2000);
        }

        // Every table is also data: JSON, and CSV per table, the figures as printed.
        JsonNode tables = JSON.readTree(manager.bytes(report.path("links").path("tables").asString()));
        assertThat(tables.findValuesAsString("id")).contains("funnel", "diversity-ethnic-group", "adverse-impact-sex", "offers");
        String csv = new String(manager.bytes("/api/reporting/reports/" + report.path("id").asString() + "/tables/funnel.csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Stage,People,Share of applicants\r\nApplied,60,100%\r\n");

        // Every download leaves an audit record.
        JsonNode trail = as("platform-admin").get("/api/reporting/audit?resource=/api/reporting/reports/" + report.path("id").asString()
                + "/report.pdf").body();
        assertThat(trail.findValuesAsString("action")).contains("report.download");
    }

    @Test
    void aRegionalReportHoldsTheRegionsControlledFiguresAndNoCountFromOneToSeven() {
        Http lead = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y60")));
        JsonNode report = generate(lead, Map.of("kind", "INTAKE", "audience", "REGIONAL", "intakeId", data.intake));
        assertThat(report.path("region").asString()).as("a lead's own region by default").isEqualTo("Y60");
        Document html = Jsoup.parse(new String(lead.bytes(report.path("links").path("html").asString()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("header.cover .audience").text()).isEqualTo("Regional: Midlands");
        assertThat(html.select("header.cover .rules li").text()).contains("Counts of 1 to 7 people are shown as *");
        assertSameFiguresAsTheApi(lead, html, "Y60");
        assertThat(cells(html, "funnel", "Applied")).as("40 in the Midlands").containsExactly("40", "100%");
        assertControlled(html);

        // Another region's lead cannot read it, nor generate their own for the Midlands.
        Http london = anonymous.withToken(TestIdentity.token("regional-lead", c -> c.claim("region", "Y56")));
        assertThat(london.get("/api/reporting/reports/" + report.path("id").asString()).status()).isEqualTo(404);
        assertThat(london.get("/api/reporting/reports").body().findValuesAsString("id")).doesNotContain(report.path("id").asString());
        var other = london.post("/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "REGIONAL", "region", "Y60",
                "intakeId", data.intake));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theStocktakeSaysWhatChangedAndWhetherSelectionPredictedCompletion() throws Exception {
        Http manager = as("programme-manager");
        Map<String, Object> request = Map.of("kind", "STOCKTAKE", "audience", "PROGRAMME_BOARD", "schemeId", data.scheme,
                "title", "Test scheme: stocktake");
        JsonNode first = generate(manager, request);
        Document html = Jsoup.parse(new String(manager.bytes(first.path("links").path("html").asString()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).isEqualTo("Test scheme: stocktake");
        keepForReview("stocktake-programme-board", html.outerHtml(), manager.bytes(first.path("links").path("pdf").asString()));
        JsonNode outcomes = manager.get("/api/reporting/schemes/" + data.scheme + "/cohort-outcomes").body();
        JsonNode cohort = outcomes.path("cohorts").get(0);
        assertThat(cells(html, "cohorts", "Cohort 1 (" + data.year + ")")).containsExactly("60", "29", "16",
                cohort.path("enrolled").path("value").asString(), cohort.path("completed").path("value").asString(),
                cohort.path("onProgramme").path("value").asString(), cohort.path("withdrawn").path("value").asString(),
                Math.round(cohort.path("completionRate").asDouble() * 100) + "%");
        assertThat(html.select("#changes p").text()).contains("first stocktake");
        // Diversity and regional spread are the intake's breakdowns, category for category.
        JsonNode bme = manager.get("/api/reporting/intakes/" + data.intake + "/breakdown?by=bme").body();
        List<String> trend = cells(html, "diversity-trend", "Cohort 1 (" + data.year + ")");
        assertThat(trend.get(0)).isEqualTo(text(bme.path("stages").get(0).path("counts").get(0)));
        assertThat(trend.get(2)).isEqualTo(text(bme.path("stages").get(4).path("counts").get(0)));
        JsonNode regions = manager.get("/api/reporting/intakes/" + data.intake + "/breakdown?by=region").body();
        for (int r = 0; r < regions.path("categories").size(); r++) {
            String region = org.ascend.reporting.reports.content.Words.region(regions.path("categories").get(r).asString());
            assertThat(cells(html, "regional-spread", region)).as(region)
                    .containsExactly(text(regions.path("stages").get(4).path("counts").get(r)));
        }

        List<PredictiveValidity.Observation> completion = data.enrolled.stream()
                .map(p -> new PredictiveValidity.Observation(p[0], p[1] == 1)).toList();
        PredictiveValidity.Result expected = PredictiveValidity.of(completion);
        List<String> validity = cells(html, "predictive-validity", "Completed the programme");
        assertThat(validity.subList(0, 2)).containsExactly("15", "12");
        assertThat(validity.get(2)).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", expected.r()));
        assertThat(cells(html, "predictive-validity", "Director or board role within 24 months").get(5))
                .as("nobody tracked for 24 months yet").isEqualTo("Insufficient data");
        assertThat(html.select("#predictive-validity p").text()).contains("warning light, not a verdict");

        JsonNode second = generate(manager, request);
        Document again = Jsoup.parse(new String(manager.bytes(second.path("links").path("html").asString()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.select("#changes p").text()).contains("Nothing in the headline figures has changed since the last stocktake");
    }

    @Test
    void theEndOfYearReportSumsTheYearAndPublishesTheReport() {
        Http analyst = as("analyst");
        try (var probe = TopicProbe.reading(TestInfrastructure.kafka(), Topics.REPORT)) {
            JsonNode report = generate(analyst, Map.of("kind", "END_OF_YEAR", "audience", "REGIONAL", "region", "Y60",
                    "financialYear", data.financialYear));
            Document html = Jsoup.parse(new String(analyst.bytes(report.path("links").path("html").asString()),
                    java.nio.charset.StandardCharsets.UTF_8));
            JsonNode activity = analyst.get("/api/reporting/regional-activity?financialYear=" + data.financialYear + "&region=Y60")
                    .body().path("regions").get(0);
            assertThat(cells(html, "network-activity", "Midlands")).containsExactly(activity.path("events").path("suppressed")
                    .asBoolean() ? "*" : activity.path("events").path("value").asString(), activity.path("attendance").path("value").asString());
            assertThat(cells(html, "network-activity", "Midlands")).containsExactly("*", "55");
            assertThat(cells(html, "sessions", "All sessions")).as("4 sessions; 52 attended, 4 apologies, 4 absent")
                    .containsExactly("*", "50", "*", "*", "");
            assertControlled(html);

            var records = probe.pollUntil(seen -> seen.stream().anyMatch(r -> report.path("id").asString().equals(r.key())),
                    Duration.ofSeconds(30));
            var published = records.stream().filter(r -> report.path("id").asString().equals(r.key())).findFirst().orElseThrow();
            assertThat(EventContracts.validate("org.ascend.reporting.report-published.v1", published.value())).isEmpty();
            JsonNode event = JSON.readTree(published.value());
            assertThat(event.path("audience").asString()).isEqualTo("REGIONAL");
            assertThat(event.path("pdfPath").asString()).isEqualTo(report.path("links").path("pdf").asString());
        }
    }

    @Test
    void anAudienceAboveTheCallersRoleAndBadRequestsAreRefusedWithProblems() {
        Http analyst = as("analyst");
        var board = analyst.post("/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "PROGRAMME_BOARD",
                "intakeId", data.intake));
        assertThat(board.status()).isEqualTo(403);
        assertThat(board.contentType()).startsWith("application/problem+json");
        assertThat(board.text("detail")).contains("PUBLIC");
        assertThat(as("applicant").post("/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "PUBLIC",
                "intakeId", data.intake)).status()).isEqualTo(403);

        List<Map<String, Object>> bad = List.of(Map.of("audience", "PUBLIC", "intakeId", data.intake),
                Map.of("kind", "INTAKE", "audience", "PUBLIC"),
                Map.of("kind", "INTAKE", "audience", "NATIONAL", "intakeId", data.intake),
                Map.of("kind", "END_OF_YEAR", "audience", "PUBLIC", "financialYear", "2018/20"),
                Map.of("kind", "END_OF_YEAR", "audience", "PUBLIC", "financialYear", "last year"),
                Map.of("kind", "INTAKE", "audience", "REGIONAL", "intakeId", data.intake),
                Map.of("kind", "INTAKE", "audience", "PUBLIC", "region", "Y60", "intakeId", data.intake),
                Map.of("kind", "INTAKE", "audience", "PUBLIC", "intakeId", "not-an-id"),
                Map.of("kind", "STOCKTAKE", "audience", "PUBLIC", "schemeId", data.scheme, "title", "line\nbreak"));
        int before = analyst.get("/api/reporting/reports").body().size();
        for (Map<String, Object> request : bad) {
            var refused = analyst.post("/api/reporting/reports", request);
            assertThat(refused.status()).as(request.toString()).isEqualTo(400);
            assertThat(refused.contentType()).as(request.toString()).startsWith("application/problem+json");
        }
        var unknown = analyst.post("/api/reporting/reports", Map.of("kind", "INTAKE", "audience", "PUBLIC",
                "intakeId", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(analyst.get("/api/reporting/reports").body().size()).as("nothing was queued").isEqualTo(before);
        var form = analyst.send("POST", "/api/reporting/reports", Map.of("Content-Type", "text/plain"),
                java.net.http.HttpRequest.BodyPublishers.ofString("kind=INTAKE"));
        assertThat(form.status()).isEqualTo(415);
        assertThat(analyst.get("/api/reporting/reports/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(analyst.get("/api/reporting/reports/not-an-id").status()).isEqualTo(400);
        assertThat(analyst.get("/api/reporting/reports?kind=SOMETHING").status()).isEqualTo(400);
    }

    // --- the checks ---

    /** Every figure of the funnel, diversity and adverse-impact tables equals the API's for the same scope. */
    private void assertSameFiguresAsTheApi(Http caller, Document html, String region) {
        String scope = region == null ? "" : "&region=" + region;
        for (String by : List.of("ethnic-group", "sex", "disability", "age-band")) {
            JsonNode breakdown = caller.get("/api/reporting/intakes/" + data.intake + "/breakdown?by=" + by + scope).body();
            List<String> categories = JSON.convertValue(breakdown.path("categories"), List.class);
            Element table = html.getElementById("diversity-" + by);
            assertThat(table).as(by).isNotNull();
            List<Element> rows = table.select("tbody tr");
            assertThat(rows).hasSize(categories.size());
            for (int c = 0; c < categories.size(); c++) {
                List<String> shown = texts(rows.get(c).select("td"));
                for (int s = 0; s < breakdown.path("stages").size(); s++) {
                    assertThat(shown.get(s)).as("%s %s at %s", by, categories.get(c), s)
                            .isEqualTo(text(breakdown.path("stages").get(s).path("counts").get(c)));
                }
            }
            if (by.equals("ethnic-group")) {
                for (JsonNode stage : breakdown.path("stages")) {
                    String label = Character.toUpperCase(stage.path("stage").asString().charAt(0)) + stage.path("stage").asString().substring(1);
                    assertThat(cells(html, "funnel", label).get(0)).as("funnel %s", label).isEqualTo(text(stage.path("total")));
                }
            }
        }
        for (String by : List.of("ethnic-group", "sex", "disability")) {
            JsonNode impact = caller.get("/api/reporting/intakes/" + data.intake + "/adverse-impact?by=" + by + scope).body();
            List<List<String>> rows = html.getElementById("adverse-impact-" + by).select("tbody tr").stream()
                    .map(row -> texts(row.select("td"))).toList();
            List<List<String>> expected = new ArrayList<>();
            for (JsonNode step : impact.path("steps")) {
                List<JsonNode> groups = new ArrayList<>();
                step.path("groups").forEach(groups::add);
                if (by.equals("ethnic-group")) {
                    groups.add(step.path("whiteVersusBme"));
                }
                for (JsonNode group : groups) {
                    boolean hidden = group.path("state").asString().equals("SUPPRESSED");
                    expected.add(List.of(hidden ? "*" : group.path("considered").asString(), hidden ? "*" : group.path("selected").asString(),
                            group.path("ratio").isNull() ? "" : String.format(java.util.Locale.ROOT, "%.2f", group.path("ratio").asDouble())));
                }
            }
            assertThat(rows.stream().map(r -> List.of(r.get(1), r.get(2), r.get(4))).toList()).as(by).isEqualTo(expected);
        }
    }

    /** Below national level: every count is 0, *, or a multiple of 5, and none is 1 to 7. */
    private static void assertControlled(Document html) {
        List<String> counts = texts(html.select("td[data-kind=count]"));
        assertThat(counts).isNotEmpty().allSatisfy(count -> {
            if (!count.equals("*") && !count.isEmpty()) {
                long value = Long.parseLong(count);
                assertThat(value >= 1 && value <= 7).as("%s is a count from 1 to 7", count).isFalse();
                assertThat(value % 5).as("%s rounded to 5", count).isZero();
            }
        });
    }

    /** The report as generated, and its PDF's pages as images, in target/reports for a reviewer to look at. */
    private static void keepForReview(String name, String html, byte[] pdf) throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "reports");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve(name + ".html"), html);
        java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 60), "png",
                        folder.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** Each element's text, empty ones included (jsoup's eachText leaves them out). */
    private static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static String text(JsonNode shown) {
        return shown.path("suppressed").asBoolean() ? "*" : shown.path("value").asString();
    }

    /** The figures of the row whose heading is {@code label}, in the table {@code id}. */
    private static List<String> cells(Document html, String id, String label) {
        Element table = html.getElementById(id);
        assertThat(table).as("table " + id).isNotNull();
        for (Element row : table.select("tbody tr")) {
            Element heading = row.selectFirst("th");
            if (heading != null && heading.text().equals(label)) {
                return texts(row.select("td"));
            }
        }
        throw new AssertionError("no row " + label + " in " + id + ": " + table.select("tbody th").eachText());
    }

    /** Pixels of the NHS blue the charts draw in, on the page that shows the chart's caption. */
    private static int bluePixels(PDDocument document, String text, String caption) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(caption)) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 72);
                int blue = 0;
                for (int x = 0; x < image.getWidth(); x++) {
                    for (int y = 0; y < image.getHeight(); y++) {
                        int rgb = image.getRGB(x, y) & 0xFFFFFF;
                        int r = rgb >> 16;
                        int g = (rgb >> 8) & 0xFF;
                        int b = rgb & 0xFF;
                        blue += Math.abs(r - 0x00) < 30 && Math.abs(g - 0x5E) < 30 && Math.abs(b - 0xB8) < 30 ? 1 : 0;
                    }
                }
                return blue;
            }
        }
        throw new AssertionError("no page shows " + caption);
    }

    /** Posts the request, checks the 202 and its job, and waits until the report is DONE. */
    private static JsonNode generate(Http caller, Map<String, Object> request) {
        var started = caller.post("/api/reporting/reports", request);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/reporting/reports/" + started.body().path("id").asString());
        assertThat(started.body().path("state").asString()).isIn("QUEUED", "RUNNING");
        JsonNode done = Awaitility.await("the report is generated").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).until(() -> caller.get(location).body(),
                        job -> !List.of("QUEUED", "RUNNING").contains(job.path("state").asString()));
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        return done;
    }
}
