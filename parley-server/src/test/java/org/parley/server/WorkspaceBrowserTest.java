package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The workspace in a real headless Chromium: import the reference scenario, read the overview and the
 * forecast, see a bad salience refused next to its field, edit the salience and see the forecast change,
 * compute the deal space and count the chart's points, compare revisions. Screenshots of each page go to target/screenshots. Skipped (with the reason) only when
 * no Chromium is installed and {@code CI} is not set; in CI a missing browser fails the test.
 */
class WorkspaceBrowserTest {

    private static TestServer server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Browser.binary().isPresent() && Browser.driver().isPresent();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium or chromedriver is not installed (apt-get install -y chromium chromium-driver);"
                    + " browser tests skipped outside CI");
        }
        assertThat(present)
                .as("CI is set, so the browser tests must run: install chromium and chromium-driver")
                .isTrue();
        server = new TestServer();
        driver = Browser.start(Files.createTempDirectory("parley-chromium"));
        wait = Browser.waiting(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static Object script(String js) {
        return driver.executeScript(js);
    }

    @Test
    void anAnalystImportsReadsEditsAndAnalysesAScenario() throws Exception {
        driver.get(server.uri("/#token=" + TestServer.TOKEN).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-state"), "token saved"));
        visible("#import-form");
        Browser.screenshot(driver, "1-scenario-list");

        Path file = Files.createTempDirectory("parley-upload").resolve("scenario.yaml");
        Files.writeString(file, TestServer.reference("ukraine-2025"));
        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.urlContains("#/s/ukraine-2025/overview"));
        visible("#bubble-map canvas");
        visible("#issue-positions");
        long bubbles = (Long) script("return echarts.getInstanceByDom(document.getElementById('bubble-map'))"
                + ".getOption().series[0].data.length");
        assertThat(bubbles)
                .isEqualTo(server.get("/api/v1/scenarios/ukraine-2025/revisions/1/overview")
                        .json()
                        .get("positions")
                        .size());
        assertThat(driver.findElements(By.cssSelector("#issue-positions blockquote")))
                .isNotEmpty();
        Browser.screenshot(driver, "2-overview");

        String issue = server.get("/api/v1/scenarios/ukraine-2025")
                .json()
                .at("/content/issues/0/id")
                .asString();
        String forecastCell = "#forecast-table td[data-issue='" + issue + "'][data-model='compromise']";
        driver.get(server.uri("/#/s/ukraine-2025/forecast").toString());
        String before = visible(forecastCell).getText();
        visible("#forecast-issue [id^='trajectory-'] canvas");
        long trajectoryLines = (Long) script("return echarts.getInstanceByDom(document.querySelector("
                + "\"#forecast-issue [id^='trajectory-']\")).getOption().series.length");
        assertThat(trajectoryLines).isGreaterThan(1);
        Browser.screenshot(driver, "3-forecast");

        driver.get(server.uri("/#/s/ukraine-2025/overview").toString());
        Select actor = new Select(visible("#edit-actor"));
        String actorId = actor.getFirstSelectedOption().getAttribute("value");
        WebElement salience = driver.findElement(By.id("edit-salience"));
        salience.clear();
        salience.sendKeys("140");
        driver.findElement(By.id("edit-message")).sendKeys("Typo on purpose");
        driver.findElement(By.id("edit-submit")).click();
        WebElement error = visible("#edit-salience-error");
        assertThat(error.getText()).contains("expected").contains("140");
        assertThat(salience.getAttribute("aria-invalid")).isEqualTo("true");
        Browser.screenshot(driver, "4-validation-error");

        salience.clear();
        salience.sendKeys("5");
        driver.findElement(By.id("edit-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved revision 2"));
        WebElement cell =
                driver.findElement(By.cssSelector("#issue-positions tr[data-actor='" + actorId + "'] .salience"));
        assertThat(cell.getText()).startsWith("5\n").doesNotStartWith("55");
        assertThat(driver.findElement(By.id("revision-line")).getText()).startsWith("Revision 2");

        driver.get(server.uri("/#/s/ukraine-2025/forecast").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forecast-revision"), "Revision 2"));
        String after = visible(forecastCell).getText();
        assertThat(after)
                .as("the compromise forecast moves when a salience changes")
                .isNotEqualTo(before);
        Browser.screenshot(driver, "5-forecast-after-edit");

        driver.get(server.uri("/#/s/ukraine-2025/dealspace").toString());
        WebElement summary = visible("#frontier-summary");
        long points = (Long) script("return echarts.getInstanceByDom(document.getElementById('frontier-chart'))"
                + ".getOption().series.find(s => s.id === 'frontier').data.length");
        String a = new Select(driver.findElement(By.id("actor-a")))
                .getFirstSelectedOption()
                .getAttribute("value");
        String b = new Select(driver.findElement(By.id("actor-b")))
                .getFirstSelectedOption()
                .getAttribute("value");
        JsonNode job = AnalysisApiTest.runToEnd(
                server,
                "/api/v1/scenarios/ukraine-2025/revisions/2/analyses",
                "{\"kind\": \"dealspace\", \"parameters\": {\"a\": \"" + a + "\", \"b\": \"" + b
                        + "\", \"step\": 10}}");
        assertThat(points).isEqualTo(job.at("/result/frontier").size()).isPositive();
        assertThat(summary.getText()).startsWith(points + " Pareto-optimal points");
        visible("#concession-table");
        Browser.screenshot(driver, "6-deal-space");

        driver.get(server.uri("/#/s/ukraine-2025/revisions").toString());
        visible("#revision-table");
        WebElement diff = visible("#diff h2");
        assertThat(diff.getText()).isEqualTo("Revision 1 → 2: 1 change");
        assertThat(visible("#diff .change").getText())
                .contains("changed")
                .contains("salience")
                .contains("95");
        Browser.screenshot(driver, "7-revisions");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.uri("/#/s/ukraine-2025/overview").toString());
        visible("#bubble-map canvas");
        Browser.screenshot(driver, "8-overview-phone");
        Object wide = script(
                "return [...document.querySelectorAll('main > *, #issue-detail > *')]"
                        + ".filter(e => e.scrollWidth > document.documentElement.clientWidth).map(e => e.tagName + '#' + e.id)");
        long overflow =
                (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow)
                .as("no sideways scrolling at phone width; too wide: " + wide)
                .isLessThanOrEqualTo(0);
    }
}
