package uk.graduated.server.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.graduated.server.demo.DemoStaff;
import uk.graduated.server.testing.TestAccounts;

/** What every console browser test does with the page: open, sign in, click through, read. */
final class BrowserSteps {
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver browser;
    private final String baseUrl;

    BrowserSteps(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    void open(String path) {
        browser.get(baseUrl + path);
    }

    /** Signs {@code person} in with the test password and checks the console let them past sign-in. */
    void signIn(DemoStaff person) {
        open("/console/sign-in");
        fillSignIn(person, TestAccounts.PASSWORD);
        assertThat(browser.getCurrentUrl()).doesNotContain("/console/sign-in");
    }

    void fillSignIn(DemoStaff person, String password) {
        browser.findElement(By.id("email")).sendKeys(person.member().email());
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("form.stack button[type=submit]"));
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old. */
    void clickAndWait(By target) {
        clickAndWait(browser.findElement(target));
    }

    void clickAndWait(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        waitUntilReplaced(page);
    }

    /**
     * Waits until the old page's root is gone. Chrome sometimes reports a node detached during
     * navigation as "does not belong to the document" instead of a stale element: both mean replaced.
     */
    void waitUntilReplaced(WebElement oldPage) {
        new WebDriverWait(browser, WAIT).until(driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Date inputs take typed digits in the browser's locale order; setting the value is locale-free. */
    void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }
}
