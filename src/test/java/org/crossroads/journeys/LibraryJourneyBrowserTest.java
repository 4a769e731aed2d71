package org.crossroads.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.crossroads.directory.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The library journey of issue 11 in a browser: a network coordinator adds a learning report to a built-in event from
 * the event's page and uploads its file (a DOCX made here, in French and Arabic, describing Lyon's built-in practice);
 * once the text is extracted, the header's search box finds it by a French word written without its accent and in
 * the singular, and by Arabic words written with another ta marbuta and a diacritic, with highlighted passages; the
 * document is listed in the practice's evidence from its page, and the practice's page says where it was transferred.
 */
@IntegrationTest
class LibraryJourneyBrowserTest extends BrowserJourney {

    static final String COORDINATOR = "journey-library-coordinator";
    static final String PASSWORD = "journey-password";
    static final String PRACTICE = "practice:lyon-migrant-participation-public-spaces-culture";

    static final String FRENCH = "Ce rapport d'apprentissage décrit la pratique lyonnaise « Encourager la participation des "
            + "migrants dans l'espace public par la culture ». Les médiatrices culturelles accompagnent les habitantes "
            + "nouvellement arrivées vers les bibliothèques et les théâtres municipaux.";
    static final String ARABIC = "يصف تقرير التعلم هذا ممارسة مدينة ليون في تشجيع مشاركة المهاجرين في الفضاء العام من خلال "
            + "الثقافة. ترافق الوسيطات الثقافيات النساء الوافدات حديثا إلى المكتبات والمسارح البلدية.";

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;

    @BeforeAll
    void aNetworkCoordinator() {
        if (!accounts.exists(COORDINATOR)) {
            accounts.create(COORDINATOR, "Library journey coordinator", "{noop}" + PASSWORD, Role.NETWORK_COORDINATOR,
                    organisations.resolve("org:mc2cm").orElseThrow().id(), null);
        }
    }

    @Test
    void aLearningReportIsUploadedFoundInFrenchAndArabicAndLeadsToThePracticeAndItsTransfers() throws IOException {
        long eventId = jdbc.sql("select id from learning_event where external_id = 'mc2cm:event:01'").query(Long.class).single();
        String title = "Rapport d'apprentissage : la culture dans l'espace public " + UUID.randomUUID().toString().substring(0, 8);
        Path report = learningReport();

        logIn(COORDINATOR, PASSWORD);
        open("/events/" + eventId);
        waitFor(By.cssSelector("main a[href*='/documents/new?event=']")).click();
        WebElement titleField = waitFor(By.id("title"));
        assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("learning_report");
        titleField.sendKeys(title);
        browser.findElement(By.id("language")).clear();
        browser.findElement(By.id("language")).sendKeys("fr");
        browser.findElement(By.id("languages")).clear();
        browser.findElement(By.id("languages")).sendKeys("fr; ar");
        browser.findElement(By.id("year")).sendKeys("2016");
        browser.findElement(By.id("source")).sendKeys("Written by the MC2CM team after the Lisbon peer-learning meeting");
        browser.findElement(By.cssSelector("main form#document-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/documents/\\d+$") || !d.findElements(By.cssSelector("main .field-error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("main .field-error")).stream().map(WebElement::getText)).as("the form's errors").isEmpty();
        long documentId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/documents/(\\d+)$", "$1"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(title);

        // the file, then the files page refreshes itself until the text is extracted
        waitFor(By.id("file-input")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("main form#file-upload button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(d -> !d.findElements(By.cssSelector("main li[data-state=extracted]")).isEmpty());

        // the document describes Lyon's practice: listed in its evidence from the document's page
        open("/documents/" + documentId);
        Select practices = new Select(waitFor(By.id("practice-to-link")));
        long practiceId = jdbc.sql("select id from practice where external_id = :e").param("e", PRACTICE).query(Long.class).single();
        practices.selectByValue(String.valueOf(practiceId));
        browser.findElement(By.cssSelector("main form#practice-link button[type=submit]")).click();
        waitFor(By.cssSelector("main #practices a[href$='/practices/" + practiceId + "']"));

        // French: "mediatrice" is "médiatrices" of the text without its accent and in the singular
        search("mediatrice");
        WebElement frenchHit = waitFor(By.id("documents-" + documentId));
        assertThat(frenchHit.findElement(By.cssSelector("a")).getText()).isEqualTo(title);
        assertThat(frenchHit.findElement(By.cssSelector("p.search-passage")).getText()).contains("Les médiatrices culturelles");
        assertThat(marks(frenchHit)).contains("médiatrices");

        // Arabic: "البلديه" with a ha for the text's ta marbuta, "الوسيطَات" with a fatha the text does not write
        search("الوسيطَات البلديه");
        WebElement arabicHit = waitFor(By.id("documents-" + documentId));
        assertThat(marks(arabicHit)).contains("الوسيطات");

        // the passage shown marks every word found, as written in the text
        search("médiatrices culturelles");
        WebElement marked = waitFor(By.id("documents-" + documentId));
        assertThat(marks(marked)).contains("médiatrices", "culturelles");

        // from the result to the document, to the practice it describes, to where that practice was transferred
        marked.findElement(By.cssSelector("a")).click();
        waitFor(By.cssSelector("main #practices a[href$='/practices/" + practiceId + "']")).click();
        WebElement transfers = waitFor(By.id("transfers"));
        assertThat(transfers.findElements(By.cssSelector("li a")).stream().map(WebElement::getText)).contains("Tunis");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(title);
    }

    private void search(String words) {
        WebElement box = waitFor(By.cssSelector("header form.site-search input[name=q]"));
        box.clear();
        box.sendKeys(words);
        browser.findElement(By.cssSelector("header form.site-search button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(box));
    }

    /** A DOCX made here: a French and an Arabic paragraph describing the practice. */
    private static Path learningReport() throws IOException {
        Path file = Files.createTempFile("learning-report-", ".docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText(FRENCH);
            XWPFParagraph arabic = docx.createParagraph();
            arabic.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            arabic.createRun().setText(ARABIC);
            docx.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static java.util.List<String> marks(WebElement hit) {
        return hit.findElements(By.cssSelector("p.search-passage mark")).stream().map(WebElement::getText).toList();
    }
}
