package io.gongxin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.gongxin.DebianPackages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven headless by its chromedriver; screenshots go to {@code target/screenshots}. */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	static Browser start(int port) {
		Path chromium = DebianPackages.chromium();
		Path chromedriver = DebianPackages.chromedriver();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--lang=zh-CN", "--force-device-scale-factor=1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port);
	}

	void open(String path) {
		driver.get(base + path);
	}

	String url() {
		return driver.getCurrentUrl();
	}

	void login(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(d -> !d.getCurrentUrl().contains("/login"));
	}

	void logout() {
		driver.manage().deleteAllCookies();
	}

	WebElement find(String css) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	<T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
		// htmx swaps polled sections while they are read: an element gone stale is looked up again
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	/** The first element the selector finds whose text contains the given text, once there is one. */
	WebElement row(String css, String containing) {
		return waitFor(d -> d.findElements(By.cssSelector(css))
			.stream()
			.filter(e -> e.getText().contains(containing))
			.findFirst()
			.orElse(null));
	}

	void waitForText(String css, String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(js, args);
	}

	void width(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** A full-height screenshot of the page as it is now. */
	void screenshot(String name) {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) script("return Math.max(document.body.scrollHeight, 600)")).longValue();
		driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 4000)));
		script("window.scrollTo(0, 0)");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	String cookie(String name) {
		return driver.manage().getCookieNamed(name) == null ? null : driver.manage().getCookieNamed(name).getValue();
	}

	@Override
	public void close() {
		driver.quit();
	}
}
