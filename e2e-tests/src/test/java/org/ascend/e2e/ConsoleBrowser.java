package org.ascend.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (nothing downloaded), as one person uses the console:
 * every page it opens is checked with axe-core for WCAG 2.2 A and AA, and photographed into target/screenshots/.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    private static final Path AXE = Path.of("..", "web-console", "node_modules", "axe-core", "axe.min.js");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String journey;
    private int pages;

    ConsoleBrowser(String journey) {
        this.journey = journey;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL")); // for a failure's report
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        // Headless, and quiet: this machine's network is closed, so no calls home, updates or sync.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000");
        clearDownloads();
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits for the page whose heading reads so, then checks it and photographs it. */
    void onPage(String heading) {
        until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile(".*" + Pattern.quote(heading) + ".*", Pattern.DOTALL)));
        checkAndPhotograph(heading);
    }

    /** Waits for a condition; when it never comes, the report has the page's address, its console and a picture. */
    private <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed");
            var console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
            throw new AssertionError("At " + driver.getCurrentUrl() + ": " + e.getMessage() + "\nBrowser console: " + console, e);
        }
    }

    /** Waits until the text shows anywhere on the page. */
    void sees(String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    void checkAndPhotograph(String name) {
        assertNoSeriousAccessibilityViolations(name);
        screenshot(name);
    }

    /** The identity provider's sign-in page, as a demo user (password "demo"), checked like the console's pages. */
    void signInAs(String user) {
        WebElement username = until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        checkAndPhotograph("sign in");
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The start page, its Sign in button, then the identity provider's form as this demo user. */
    void signInFromTheStartPage(String user) {
        open(LocalPlatform.GATEWAY + "/");
        click("Sign in");
        signInAs(user);
    }

    void click(String text) {
        WebElement target = until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[self::a or self::button or self::summary or self::input[@type='submit']][normalize-space(.)=" + literal(text)
                        + " or @value=" + literal(text) + "]")));
        target.click();
    }

    void type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
    }

    /** A date in the NHS.UK date input whose legend reads so: day, month and year in their own boxes. */
    void typeDate(String legend, int day, int month, int year) {
        WebElement group = until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//fieldset[legend[normalize-space(.)=" + literal(legend) + "]]")));
        for (var part : java.util.Map.of("Day", day, "Month", month, "Year", year).entrySet()) {
            WebElement label = group.findElement(By.xpath(".//label[normalize-space(.)=" + literal(part.getKey()) + "]"));
            WebElement input = driver.findElement(By.id(label.getAttribute("for")));
            input.clear();
            input.sendKeys(String.valueOf(part.getValue()));
        }
    }

    /** Picks an option of a drop-down list by the list's label and the option's text. */
    void select(String label, String option) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
    }

    /** The page's visible text: what a person can read on it. */
    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Chooses a radio or checkbox by its label's text. */
    void choose(String label) {
        WebElement choice = until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[normalize-space(.)=" + literal(label) + "]")));
        choice.click();
    }

    /** The choice under a question (fieldset legend), for options that repeat, such as "Prefer not to say". */
    void choose(String question, String label) {
        until(ExpectedConditions.elementToBeClickable(By.xpath("//fieldset[legend[contains(normalize-space(.), "
                + literal(question) + ")]]//label[normalize-space(.)=" + literal(label) + "]"))).click();
    }

    String text(By selector) {
        return until(ExpectedConditions.visibilityOfElementLocated(selector)).getText();
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The page at 320 CSS pixels wide: nothing may need scrolling sideways (WCAG 1.4.10, reflow). */
    void checkReflowAt320(String name) {
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(320 + chromeFrame(), wide.getHeight()));
        try {
            wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= 320);
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).as(name + " at 320 px: sideways scrolling").isLessThanOrEqualTo(0);
            screenshot(name + " at 320 px");
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private int chromeFrame() {
        return driver.manage().window().getSize().getWidth() - ((Number) js("return window.innerWidth")).intValue();
    }

    private WebElement field(String label) {
        WebElement labelElement = until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[normalize-space(.)=" + literal(label) + "]")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    private void assertNoSeriousAccessibilityViolations(String page) {
        try {
            js(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core comes from the web console's npm install: build web-console first", e);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ')) })))), e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        JsonNode violations = JsonMapper.builder().build().readTree((String) result);
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : violations) {
            String impact = violation.path("impact").asString();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(impact + " " + violation.path("id").asString() + ": " + violation.path("help").asString()
                        + " at " + violation.path("nodes"));
            }
        }
        assertThat(serious).as("axe-core on '" + page + "' (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            String file = "%s-%02d-%s.png".formatted(journey, ++pages, name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            Files.write(SCREENSHOTS.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the browser downloaded, once complete, as text. */
    static String downloaded(String name) {
        Path file = DOWNLOADS.resolve(name);
        org.awaitility.Awaitility.await("the browser saves " + name).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Files.exists(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one downloaded file whose name ends so, once complete, as text. */
    static String downloadedFileEndingWith(String suffix) {
        return downloaded(org.awaitility.Awaitility.await("the browser saves a " + suffix + " file").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    try (var files = Files.list(DOWNLOADS)) {
                        return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(suffix)).findFirst();
                    }
                }, java.util.Optional::isPresent).get());
    }

    private static void clearDownloads() {
        try {
            Files.createDirectories(DOWNLOADS);
            try (var files = Files.list(DOWNLOADS)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
