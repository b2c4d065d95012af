// End-to-end tests of story files with problems, hostile text, or nothing for
// one of the views, on the release build.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, useWidgetPage } from "./browser.mjs";

const { open } = useWidgetPage();

describe("a story file with problems", () => {
  test("shows the valid rest and a count of problems that opens to their messages", async () => {
    const page = await open(1280, { story: "/fixtures/bad/invalid-dates.json" });
    const summary = page.locator(".dl-problems__summary");
    assert.equal(await summary.textContent(), "6 errors in this story file");
    assert.equal(await page.locator(".dl-problems__list").isVisible(), false, "the messages start folded");
    await summary.focus();
    await page.keyboard.press("Enter");
    const messages = await page.locator(".dl-problem").allTextContents();
    assert.equal(messages.length, 6);
    assert.match(messages.join("\n"), /Error at events\[0\]\.date: "2022-13" is not a valid date: month 13 is not between 01 and 12/);
    assert.deepEqual(await page.$$eval("[data-event-id]", (items) => items.map((item) => item.dataset.eventId)), ["kept"]);
    assert.match(await page.getAttribute("[data-event-id=kept]", "aria-label"), /, around 15 March 44 BCE,/);
    assert.ok(page.consoleProblems.some((line) => line.startsWith("warning: Dateline: 6 problem(s)")), "problems are logged for the story's authors");
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });
});

describe("each kind of bad story file", () => {
  const refused = [
    ["syntax-error.json", /not valid JSON: expected ',' or '}' after property value at line 4, column 3/],
    ["wrong-version.json", /this story says version 2, but Dateline reads version 1/],
    ["not-an-object.json", /must be a JSON object/],
  ];
  for (const [file, message] of refused) {
    test(`${file} is refused with a clear message in the widget's box`, async () => {
      const page = await open(1280, { story: `/fixtures/bad/${file}` });
      assert.match(await page.textContent("[data-dateline-story] [role=alert]"), message);
      await page.context().close();
    });
  }
  const partial = [
    ["type-errors.json", "4 errors, 1 warning", /Error at actors\[0\]\.kind: unknown variant `country`/],
    ["dangling-ids.json", "2 errors, 4 warnings", /Error at relations\[0\]\.to: "taliban" is not the id of an actor/],
    ["duplicate-ids.json", "2 errors", /Error at actors\[1\]\.id: "russia" is already the id of another actor/],
    ["empty-text.json", "5 errors", /Error at quotes\[0\]\.text: is empty/],
    ["speaker-not-a-person.json", "1 warning", /Warning at quotes\[0\]\.speaker: "russia" is a state/],
  ];
  for (const [file, count, message] of partial) {
    test(`${file} shows its valid rest and "${count}" that opens to the messages`, async () => {
      const page = await open(1280, { story: `/fixtures/bad/${file}` });
      const summary = page.locator(".dl-problems__summary");
      assert.equal(await summary.textContent(), `${count} in this story file`);
      await summary.click();
      assert.match((await page.locator(".dl-problem").allTextContents()).join("\n"), message);
      await page.context().close();
    });
  }
});

describe("a story file with hostile text", () => {
  for (const width of [375, 1280]) {
    test(`shows it as text, runs none of it and keeps the layout at ${width} px`, async () => {
      const page = await open(width, { story: "/fixtures/hostile.json" });
      assert.equal(await page.evaluate(() => window.__hostile), undefined, "no story text ran as code");
      assert.match(await page.textContent(".dl-header__title"), /^<script>/);
      assert.equal(await page.locator(".dl-widget a[href^='javascript:']").count(), 0);
      assert.equal(await page.locator(".dl-widget img, .dl-widget script, .dl-widget svg[onload]").count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await screenshot(page, `hostile-${width}`);
      await page.context().close();
    });
  }
});

describe("a story with nothing for one of the views", () => {
  for (const [file, shown, missing, offered] of [
    ["no-actors", ".dl-timeline", ".dl-map", ["Timeline", "Text"]],
    ["no-events", ".dl-map", ".dl-timeline", ["Map", "Text"]],
  ]) {
    for (const width of [1280, 375]) {
      test(`${file}.json draws no empty ${missing.slice(4)} and offers only what it has at ${width} px`, async () => {
        const page = await open(width, { story: `/fixtures/${file}.json` });
        assert.equal(await page.locator(shown).count(), 1, `the ${shown.slice(4)} is drawn`);
        assert.equal(await page.locator(missing).count(), 0, `no empty ${missing.slice(4)}`);
        assert.deepEqual(await page.locator(".dl-switch__option").allTextContents(), offered);
        assert.equal(await page.locator('.dl-switch__option[aria-pressed="true"]').textContent(), offered[0]);
        await page.getByRole("button", { name: "Text", exact: true }).click();
        await page.locator(".dl-text").waitFor();
        await page.getByRole("button", { name: offered[0], exact: true }).click();
        await page.locator(shown).waitFor();
        assert.deepEqual(await seriousAxeViolations(page), []);
        assert.deepEqual(page.consoleProblems, []);
        await screenshot(page, `${file}-${width}`);
        await page.context().close();
      });
    }
  }
});
