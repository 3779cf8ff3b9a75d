package dev.beacon.admin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.beacon.admin.support.Chromium;
import dev.beacon.channel.kit.testing.ApiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An editor with only a keyboard (Tab, Enter, Space, arrows and typing; no click, no script call) signs in, creates
 * an article, writes three blocks, moves one up, removes one and saves, in real Chromium. Every page on the way is
 * axe-clean (no serious or critical violation) and under the weight budget ({@link Chromium}).
 */
@QuarkusTest
@QuarkusTestResource(ApiTestResource.class)
class KeyboardBrowserTest {

    /** Tabs allowed to reach a control: a page whose control needs more is not usable by keyboard. */
    private static final int MAX_TABS = 80;

    @TestHTTPResource("/")
    URL root;

    private Chromium browser;

    @BeforeEach
    void open() throws IOException {
        browser = Chromium.open();
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEditorCreatesEditsAndSavesAnArticleWithTheKeyboardOnly() {
        browser.go(root + "sign-in");
        browser.check("keyboard: sign-in");
        tabTo(By.xpath("//button[.='Sign in as eddie']"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertTrue(url().endsWith("/sites/demo/content"), url());
        browser.check("keyboard: content list");

        tabTo(By.linkText("New item"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        browser.check("keyboard: new item");
        String title = "Keyboard only " + System.nanoTime();
        tabTo(By.id("title"));
        keys(title);
        tabTo(By.xpath("//main//button[@type='submit']"));
        browser.afterNavigation(() -> keys(Keys.SPACE));
        String editor = url();
        assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
        browser.check("keyboard: editor");

        // three blocks: a heading (the first type), then a paragraph and a list (arrows pick them in the list)
        addBlock(0);
        tabTo(By.id("b0-text"));
        keys("First");
        addBlock(1);
        tabTo(By.id("b1-markdown"));
        keys("Second, a *paragraph*.");
        addBlock(2);
        tabTo(By.id("b2-items"));
        keys("one", Keys.ENTER, "two");
        browser.check("keyboard: editor with blocks");
        assertEquals(List.of("1. Heading", "2. Paragraph", "3. List"), legends());

        // the paragraph goes up, the heading (now second) goes
        tabTo(By.xpath("//fieldset[2]//button[@value='up:1']"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertEquals(List.of("1. Paragraph", "2. Heading", "3. List"), legends());
        tabTo(By.xpath("//button[@value='remove:1']"));
        browser.afterNavigation(() -> keys(Keys.SPACE));
        assertEquals(List.of("1. Paragraph", "2. List"), legends());
        assertEquals("one\ntwo", browser.driver().findElement(By.id("b1-items")).getAttribute("value"));

        tabTo(By.xpath("(//button[@value='save'])[last()]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertTrue(
                browser.driver().findElement(By.cssSelector("p.ok")).getText().contains("Saved."),
                browser.driver().findElement(By.tagName("main")).getText());
        assertEquals(List.of("1. Paragraph", "2. List"), legends());
        assertEquals(title, browser.driver().findElement(By.id("title")).getAttribute("value"));
        browser.check("keyboard: editor, saved");

        // and on to the item's settings and its SMS message, still by keyboard
        tabTo(By.partialLinkText("SEO and social"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        browser.check("keyboard: settings");
        tabTo(By.id("metaTitle"));
        keys("Found by keyboard");
        tabTo(By.xpath("//form[contains(@action,'/settings/seo')]//button"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertEquals(
                "Found by keyboard",
                browser.driver().findElement(By.id("metaTitle")).getAttribute("value"));
        browser.check("keyboard: settings, saved");

        browser.go(root + editor.substring(root.toString().length()) + "/channels/sms");
        browser.check("keyboard: sms messages");
        tabTo(By.id("m0-text"));
        keys("Olá");
        assertEquals(
                "3 characters in UCS-2: 1 of at most 3 SMS parts",
                browser.driver().findElement(By.id("m0-text-count")).getText());
        tabTo(By.id("m0-b0-title"));
        keys("More");
        assertEquals(
                "11 characters in UCS-2: 1 of at most 3 SMS parts",
                browser.driver().findElement(By.id("m0-text-count")).getText());
    }

    /**
     * Undo before saving, by keyboard: the block operations (add, move, remove) and what was typed go back one by one
     * and come forward again with Redo; the script offers Undo as soon as something is typed. On the way the second
     * block, a paragraph over 2 KB, is moved to the top (once answered 400/413: the server's form limits), and the
     * first block's "up", disabled, is forced: nothing changes and it is no step.
     */
    @Test
    void anEditorUndoesAndRedoesBlockOperationsAndTypingBeforeSavingWithTheKeyboard() {
        browser.go(root + "sign-in");
        tabTo(By.xpath("//button[.='Sign in as eddie']"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        browser.go(root + "sites/demo/content/new");
        tabTo(By.id("title"));
        keys("Undo by keyboard " + System.nanoTime());
        tabTo(By.xpath("//main//button[@type='submit']"));
        browser.afterNavigation(() -> keys(Keys.SPACE));
        String editor = url();
        assertTrue(editor.matches(".*/sites/demo/content/\\d+/en"), editor);
        assertFalse(undo().isEnabled(), "nothing to undo yet");

        addBlock(0);
        tabTo(By.id("b0-text"));
        keys("Heading one");
        addBlock(1);
        // a paragraph longer than the server's default longest form field (2 KB), ending in typed words
        String longText = "Sleep before exams. ".repeat(120).strip();
        browser.driver().executeScript("document.getElementById('b1-markdown').value = arguments[0];", longText + " ");
        tabTo(By.id("b1-markdown"));
        keys(Keys.chord(Keys.CONTROL, Keys.END), "Typed.");
        String paragraph = longText + " Typed.";
        assertEquals(
                paragraph, browser.driver().findElement(By.id("b1-markdown")).getAttribute("value"));

        // the second block to the top
        tabTo(By.xpath("//button[@value='up:1']"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertEquals(List.of("1. Paragraph", "2. Heading"), legends());
        assertEquals(
                paragraph, browser.driver().findElement(By.id("b0-markdown")).getAttribute("value"));
        browser.check("undo: long paragraph moved to the top");
        // the first block's "up" is disabled (not in the tab order); forced, it changes nothing
        WebElement firstUp = browser.driver().findElement(By.xpath("//button[@value='up:0']"));
        assertFalse(firstUp.isEnabled());
        browser.afterNavigation(
                () -> browser.driver().executeScript("var b = arguments[0]; b.disabled = false; b.click();", firstUp));
        assertEquals(List.of("1. Paragraph", "2. Heading"), legends());
        assertTrue(
                browser.driver().findElements(By.cssSelector("[role=alert]")).isEmpty(),
                browser.driver().findElement(By.tagName("main")).getText());

        tabTo(By.xpath("//button[@value='remove:1']"));
        browser.afterNavigation(() -> keys(Keys.SPACE));
        assertEquals(List.of("1. Paragraph"), legends());

        // back: the removal, the move (the forced "up" was no step), the paragraph's typing
        pressUndo();
        assertEquals(List.of("1. Paragraph", "2. Heading"), legends());
        assertEquals(
                "Heading one", browser.driver().findElement(By.id("b1-text")).getAttribute("value"));
        pressUndo();
        assertEquals(List.of("1. Heading", "2. Paragraph"), legends());
        pressUndo();
        assertEquals("", browser.driver().findElement(By.id("b1-markdown")).getAttribute("value"));
        browser.check("undo: after three undos");
        // and forward: the paragraph comes back as typed
        tabTo(By.xpath("(//button[@value='redo'])[last()]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertEquals(
                paragraph, browser.driver().findElement(By.id("b1-markdown")).getAttribute("value"));

        // typing is a step too: Undo takes it back, Redo brings it again
        tabTo(By.id("b0-text"));
        keys(Keys.END, " changed"); // Tab selects the field's text: End keeps it
        pressUndo();
        assertEquals(
                "Heading one", browser.driver().findElement(By.id("b0-text")).getAttribute("value"));
        tabTo(By.xpath("(//button[@value='redo'])[last()]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertEquals(
                "Heading one changed",
                browser.driver().findElement(By.id("b0-text")).getAttribute("value"));

        tabTo(By.xpath("(//button[@value='save'])[last()]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
        assertTrue(
                browser.driver().findElement(By.cssSelector("p.ok")).getText().contains("Saved."));
        assertEquals(List.of("1. Heading", "2. Paragraph"), legends());
        assertEquals(
                paragraph, browser.driver().findElement(By.id("b1-markdown")).getAttribute("value"));
        assertFalse(undo().isEnabled(), "saved: the history starts again");
        browser.check("undo: saved");
        // with nothing to undo, typing is enough for the script to offer Undo, which takes the typing back
        tabTo(By.id("b0-text"));
        keys(Keys.END, " again");
        pressUndo();
        assertEquals(
                "Heading one changed",
                browser.driver().findElement(By.id("b0-text")).getAttribute("value"));
    }

    private WebElement undo() {
        return browser.driver().findElement(By.xpath("(//button[@value='undo'])[last()]"));
    }

    /** Tabs to the first Undo button (it must be enabled to be reached) and presses it. */
    private void pressUndo() {
        assertTrue(undo().isEnabled(), "Undo offered");
        tabTo(By.xpath("(//button[@value='undo'])[last()]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
    }

    /** Adds a block of the type {@code down} arrow presses below the first in the "add a block" list. */
    private void addBlock(int down) {
        tabTo(By.id("newType"));
        for (int i = 0; i < down; i++) {
            keys(Keys.ARROW_DOWN);
        }
        tabTo(By.cssSelector("button[value=add]"));
        browser.afterNavigation(() -> keys(Keys.ENTER));
    }

    /** Presses Tab until {@code target} has the focus (starting wherever the focus is). */
    private void tabTo(By by) {
        WebElement target = browser.driver().findElement(by);
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError(MAX_TABS + " tabs did not reach " + by + " on " + url());
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private List<String> legends() {
        return browser.driver().findElements(By.cssSelector("fieldset.block legend")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String url() {
        return browser.driver().getCurrentUrl();
    }
}
