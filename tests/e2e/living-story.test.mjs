// End-to-end tests of a living story: one address serves version 1 of a
// story, then version 2 with an update and a correction, to one reader in
// one browser context, so what they saw is remembered between visits; and a
// second story made from the same article is remembered apart.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { screenshot, seriousAxeViolations, useWidgetPage, waitForWidgets } from "./browser.mjs";

const fixture = (name) => readFile(resolve(import.meta.dirname, "../fixtures/living", name), "utf8");
const [v1, v2, residents] = await Promise.all(["riverside-v1.json", "riverside-v2.json", "riverside-residents.json"].map(fixture));

// The story's address; the test swaps its body between visits.
const STORY = "/living/riverside.json";
// Another story from the same article (the same meta), with an update mistakenly dated 2099.
const RESIDENTS = "/living/riverside-residents.json";
const generated = new Map([[STORY, v1], [RESIDENTS, residents]]);
const { open, serverUrl } = useWidgetPage({ generated });

// Items the update added that the timeline and map draw at 1280 px (the map shows the
// story as of its publication, before the new relation held).
const ADDED = ["actor:army-engineers", "actor:sam-reyes", "event:barrier-repaired", "event:residents-return"];

/** The items marked new on the page, as `kind:id`, sorted (Playwright's locators look inside shadow roots). */
async function markedNew(page) {
  const marked = await page.locator("[data-dateline-new]").evaluateAll((elements) =>
    elements.map((element) => {
      const { eventId, actorId, relationId, quoteId } = element.dataset;
      if (eventId) return `event:${eventId}`;
      if (actorId) return `actor:${actorId}`;
      if (relationId) return `relation:${relationId}`;
      if (quoteId) return `quote:${quoteId}`;
      return null;
    }),
  );
  return [...new Set(marked.filter(Boolean))].sort();
}

/** Loads the story (at `story`) again in the same context (same localStorage) and waits for the widget. */
async function revisit(page, story = STORY) {
  await page.goto(`${serverUrl()}/?story=${encodeURIComponent(story)}`);
  await waitForWidgets(page);
  // The remembered update is read after the first render: give it a frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe("a story that is updated between two visits", () => {
  test("marks nothing on the first visit, the added items and the correction on the second, and nothing new on the third", async () => {
    // First visit, version 1: nothing remembered, so nothing is new; it was updated once.
    generated.set(STORY, v1);
    const page = await open(1280, { story: STORY });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await markedNew(page), []);
    assert.equal(await page.locator(".dl-new-badge").count(), 0);
    assert.equal(await page.locator(".dl-header__updated").textContent(), "Updated 21 March 2024");
    assert.equal(await page.locator(".dl-header__corrected").count(), 0, "no corrections yet");
    assert.equal(await page.locator(".dl-steps__whats-new").count(), 0);

    // Second visit, version 2: the items added by the new update are marked new.
    generated.set(STORY, v2);
    await revisit(page);
    assert.equal(
      await page.evaluate((key) => localStorage.getItem(key), `dateline:seen:${serverUrl()}${STORY}`),
      "2024-03-21 pumps",
      "leaving the first visit remembered its newest update, under the story file's address",
    );
    const marked = await markedNew(page);
    assert.deepEqual(marked, ADDED);
    assert.equal(await page.locator(".dl-timeline__new").first().isVisible(), true, "the timeline shows a visible New");
    assert.equal(await page.locator("[data-event-id=barrier-repaired] .dl-timeline__new").textContent(), "New");
    assert.equal(await page.locator("[data-actor-id=army-engineers] .dl-actor__new").textContent(), "New");
    assert.equal(await page.locator(".dl-header__updated").textContent(), "Updated 23 March 2024");
    await screenshot(page, "living-story-second-visit-1280");

    // The card of a new item says so; the card of the corrected item says when.
    await page.locator("[data-event-id=barrier-repaired]").click();
    assert.match(await page.locator(".dl-card--pinned .dl-card__new").textContent(), /New Added since your last visit/);
    await page.keyboard.press("Escape");
    await page.locator("[data-event-id=evacuation-ordered]").click();
    const card = page.locator(".dl-card--pinned");
    assert.match(await card.locator(".dl-card__correction").textContent(), /Corrected 22 March 2024: An earlier version said about 300 homes/);
    assert.equal(await card.locator(".dl-card__new").count(), 0);
    await page.keyboard.press("Escape");

    // What's new: the steps walk the new events in date order.
    const whatsNew = page.locator(".dl-steps__whats-new");
    assert.equal(await whatsNew.getAttribute("aria-pressed"), "false");
    await whatsNew.focus();
    await page.keyboard.press("Enter");
    assert.equal(await whatsNew.getAttribute("aria-pressed"), "true");
    assert.match(await page.locator(".dl-steps__status").textContent(), /2 events are new since your last visit/);
    await page.getByRole("button", { name: "Next →" }).click();
    assert.match(await page.locator(".dl-steps__status").textContent(), /New 1 of 2: Engineers repair the barrier/);
    await page.getByRole("button", { name: "Next →" }).click();
    assert.match(await page.locator(".dl-steps__status").textContent(), /New 2 of 2: Residents begin to return/);
    assert.equal(await page.locator(".dl-card--pinned .dl-card__title").textContent(), "Residents begin to return");
    await page.keyboard.press("Escape");

    // The header's Corrected link opens the text view at the corrections log.
    await page.locator(".dl-header__corrected").click();
    const log = page.locator(".dl-text__corrections");
    await log.waitFor();
    assert.match(await log.textContent(), /Corrections22 March 2024: An earlier version said about 300 homes/);
    assert.equal(await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.textContent;
    }), "Corrections", "focus moves to the log");
    assert.deepEqual(
      await page.locator("[data-text-event-id][data-dateline-new]").evaluateAll((items) => items.map((item) => item.dataset.textEventId)),
      ["barrier-repaired", "residents-return"],
    );
    assert.deepEqual(await markedNew(page), ["quote:reyes-confident"], "the new quote in the text view");
    assert.equal(await page.locator("[data-text-event-id=barrier-repaired] .dl-text__title .dl-new-badge").textContent(), "New");
    assert.equal(await page.locator("[data-text-actor-id=sam-reyes] .dl-new-badge").textContent(), "New");
    assert.match(await page.locator("[data-text-event-id=evacuation-ordered] .dl-text__corrected").textContent(), /Corrected 22 March 2024/);
    assert.deepEqual(await seriousAxeViolations(page), []);

    // Third visit of the unchanged story: nothing new, the correction stays.
    await revisit(page);
    assert.deepEqual(await markedNew(page), []);
    assert.equal(await page.locator(".dl-new-badge").count(), 0);
    assert.equal(await page.locator(".dl-header__corrected").count(), 1, "corrections are permanent");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("without storage, nothing is marked new and everything else is the same", async () => {
    generated.set(STORY, v1);
    const blockStorage = (page) =>
      page.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("storage is disabled", "SecurityError");
          },
        });
      });
    const page = await open(1280, { story: STORY, beforeLoad: blockStorage });
    generated.set(STORY, v2);
    await revisit(page);
    assert.deepEqual(await markedNew(page), []);
    assert.equal(await page.locator(".dl-new-badge").count(), 0);
    assert.equal(await page.locator(".dl-header__updated").textContent(), "Updated 23 March 2024");
    assert.equal(await page.locator(".dl-header__corrected").count(), 1);
    assert.equal(await page.locator("[data-event-id]").count() > 0, true);
    await page.locator("[data-event-id=evacuation-ordered]").click();
    assert.match(await page.locator(".dl-card--pinned .dl-card__correction").textContent(), /Corrected 22 March 2024/);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("two stories from one article keep what was seen apart, and an update dated in the future stays new", async () => {
    generated.set(STORY, v1);
    const page = await open(1280, { story: STORY });
    // The residents' story, read next, has an update dated 2099: it must not hide what is new in the other.
    await revisit(page, RESIDENTS);
    assert.deepEqual(await markedNew(page), [], "a first visit marks nothing");
    generated.set(STORY, v2);
    await revisit(page, STORY);
    assert.deepEqual(await markedNew(page), ADDED, "the riverside story marks what its update added");
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith("dateline:seen:"))));
    assert.deepEqual(stored, {
      [`dateline:seen:${serverUrl()}${STORY}`]: "2024-03-21 pumps",
      [`dateline:seen:${serverUrl()}${RESIDENTS}`]: "2024-03-20 shelter",
    }, "one entry per story file, and the update dated 2099 is not seen yet");
    await revisit(page, RESIDENTS);
    assert.deepEqual(await markedNew(page), ["event:inquiry-announced"], "the future update is new until its day");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("two widgets of the same story on one page both mark what is new", async () => {
    const PAGE = "/living/two-widgets.html";
    generated.set(
      PAGE,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two widgets</title><script type="module" src="/dateline.js"></script></head>` +
        `<body><h1>Two widgets of one story</h1><div id="one" data-dateline-story="${STORY}" data-dateline-view="timeline"></div>` +
        `<div id="two" data-dateline-story="${STORY}" data-dateline-view="timeline"></div></body></html>`,
    );
    generated.set(STORY, v1);
    const page = await open(1280, { path: PAGE });
    generated.set(STORY, v2);
    await page.goto(`${serverUrl()}${PAGE}`);
    await waitForWidgets(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const id of ["one", "two"]) {
      assert.equal(
        await page.locator(`#${id}`).locator("[data-event-id=barrier-repaired][data-dateline-new]").count(),
        1,
        `the widget #${id} marks the new event`,
      );
    }
    await page.context().close();
  });
});
