// End-to-end tests of search inside the story: the combobox and its
// listbox, choosing a result, the matches lit in every view, the text view,
// and axe with the list open, on the release build and the seed story.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";

import { screenshot, seed, useWidgetPage } from "./browser.mjs";

const { open } = useWidgetPage();

/** Every axe-core violation, of any impact, as readable lines. */
async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** The search box, the listbox it controls, and the widget's live region, which says the count. */
function searchParts(page) {
  const input = page.getByRole("combobox", { name: "Search the story" });
  return { input, listbox: page.locator(".dl-search__results"), status: page.locator(".dl-live") };
}

/** Types `query` into the search box and waits for its list to open. */
async function search(page, query) {
  const { input, listbox } = searchParts(page);
  await input.click();
  await input.pressSequentially(query);
  await listbox.waitFor({ state: "visible" });
  return input;
}

/** The events whose title or summary has a word beginning with `prefix` (ASCII, case-blind). */
function eventsMatching(prefix) {
  const starts = (text) => (text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(prefix));
  return seed.events.filter((event) => starts(event.title) || starts(event.summary)).map((event) => event.id);
}

describe("search inside the story", () => {
  test("a word from the story lists events, actors and quotes with their kind and date", async () => {
    const page = await open(1280);
    const input = await search(page, "taliban");
    const { listbox, status } = searchParts(page);
    assert.equal(await input.getAttribute("aria-expanded"), "true");
    assert.equal(await input.getAttribute("aria-controls"), await listbox.getAttribute("id"));
    assert.equal(await listbox.getAttribute("role"), "listbox");
    const options = listbox.getByRole("option");
    const count = await options.count();
    assert.ok(count > 3, `only ${count} options`);
    await page.waitForFunction(() => /\d+ results?/.test(document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-live").textContent));
    assert.equal(await status.textContent(), `${count} results`);

    const takeover = listbox.locator('[data-search-item="event:taliban-takeover"]');
    assert.match(await takeover.textContent(), /The Taliban take power in Afghanistan.*Event · August 2021/);
    // The kind is written as the catalogue has it and shown with a capital by the stylesheet.
    assert.match(await listbox.locator('[data-search-item="actor:taliban"]').textContent(), /Taliban.*Actor · group/);
    assert.match(await listbox.locator('[data-search-item="actor:taliban"] .dl-search__meta').innerText(), /Actor · Group/);
    assert.match(await listbox.locator('[data-search-item="quote:rose-greater-push"]').textContent(), /Quote · Caroline Rose/);
    assert.equal(await takeover.locator("mark").first().textContent(), "Taliban", "the typed beginning is marked");
    for (const id of eventsMatching("taliban")) {
      assert.equal(await listbox.locator(`[data-search-item="event:${id}"]`).count(), 1, `${id} is not listed`);
    }
    await screenshot(page, "search-1280-listbox");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("the arrow keys, Home and End move the active option, and Enter selects it and pins its card", async () => {
    const page = await open(1280);
    const input = await search(page, "gharwal");
    const options = page.getByRole("option");
    const count = await options.count();
    assert.ok(count >= 2, `only ${count} options`);
    assert.equal(await input.getAttribute("aria-activedescendant"), null, "no option is active before the arrow keys");
    await input.press("ArrowDown");
    assert.equal(await input.getAttribute("aria-activedescendant"), await options.nth(0).getAttribute("id"));
    assert.equal(await options.nth(0).getAttribute("aria-selected"), "true");
    await input.press("ArrowDown");
    assert.equal(await input.getAttribute("aria-activedescendant"), await options.nth(1).getAttribute("id"));
    await input.press("End");
    assert.equal(await input.getAttribute("aria-activedescendant"), await options.nth(count - 1).getAttribute("id"));
    await input.press("Home");
    assert.equal(await input.getAttribute("aria-activedescendant"), await options.nth(0).getAttribute("id"));
    await input.press("ArrowUp");
    assert.equal(await input.getAttribute("aria-activedescendant"), await options.nth(count - 1).getAttribute("id"), "Up from the first wraps to the last");
    await input.press("ArrowDown");

    const chosen = await options.nth(0).getAttribute("data-search-item");
    const [kind, id] = chosen.split(":");
    await input.press("Enter");
    await page.locator(".dl-search__results").waitFor({ state: "hidden" });
    assert.equal(await input.getAttribute("aria-expanded"), "false");
    assert.equal(await input.getAttribute("aria-activedescendant"), null);
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    const item = seed[`${kind}s`].find((entry) => entry.id === id);
    assert.equal(await card.getAttribute("aria-label"), item.title ?? item.name);
    assert.equal(await page.locator(`.dl-widget [data-${kind}-id="${id}"]`).first().getAttribute("aria-pressed"), "true", "selected in its view");
    assert.equal(await input.inputValue(), "gharwal", "the query stands");

    // The first Esc (list closed) clears the query and leaves the card; the next closes the card.
    await input.press("Escape");
    assert.equal(await input.inputValue(), "");
    await page.locator(".dl-match").first().waitFor({ state: "detached" });
    assert.equal(await card.count(), 1, "clearing the search keeps the card");
    await input.press("Escape");
    await card.waitFor({ state: "detached" });
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("matching items are lit on the timeline and the map while the query stands", async () => {
    const page = await open(1280);
    const input = await search(page, "washington");
    await page.locator('.dl-timeline [data-event-id="washington-condemns"].dl-match').waitFor();
    await page.locator('.dl-map [data-actor-id="united-states"].dl-match').waitFor();
    assert.equal(await page.locator('.dl-timeline [data-event-id="taliban-takeover"].dl-match').count(), 0, "an event that does not match is not lit");
    assert.equal(await page.locator('.dl-map [data-actor-id="china"].dl-match').count(), 0, "an actor that does not match is not lit");
    const ring = await page.locator('[data-event-id="washington-condemns"] .dl-mark').evaluate((mark) => getComputedStyle(mark).stroke);
    const plain = await page.locator('[data-event-id="taliban-takeover"] .dl-mark').evaluate((mark) => getComputedStyle(mark).stroke);
    assert.notEqual(ring, plain, "a lit mark is drawn differently");

    // Esc closes the list first; the query, and the light, stand.
    await input.press("Escape");
    await page.locator(".dl-search__results").waitFor({ state: "hidden" });
    assert.equal(await page.locator('.dl-map [data-actor-id="united-states"].dl-match').count(), 1);
    await input.press("Escape");
    await page.locator(".dl-match").first().waitFor({ state: "detached" });
    assert.equal(await page.locator(".dl-card").count(), 0);
    await page.context().close();
  });

  test("a match folded into a cluster lights the cluster, and only that one", async () => {
    const page = await open(1280, { story: "/fixtures/election-count.json" });
    const story = JSON.parse(await readFile(resolve(import.meta.dirname, "../fixtures/election-count.json"), "utf8"));
    const drawn = new Set(await page.$$eval(".dl-timeline [data-event-id]", (marks) => marks.map((mark) => mark.dataset.eventId)));
    const folded = story.events.find((event) => event.id.startsWith("seat-") && !drawn.has(event.id));
    assert.ok(folded, "the story folds some seats into clusters at 1280 px");
    // The seat's name, the title's one word no other event has.
    const name = folded.title.split(" ").find((word) => /^[A-Z]/.test(word) && story.events.filter((event) => event.title.includes(word)).length === 1);
    await search(page, name.toLowerCase());
    await page.locator(".dl-timeline__cluster.dl-match").waitFor();
    assert.equal(await page.locator(".dl-timeline__cluster.dl-match").count(), 1);
    assert.ok((await page.locator(".dl-timeline__cluster").count()) > 1, "other clusters stay unlit");
    await page.context().close();
  });

  test("a click on an option chooses it, and a query that finds nothing says so", async () => {
    const page = await open(1280);
    const input = await search(page, "lieven");
    await page.locator('[data-search-item="actor:anatol-lieven"]').click();
    await page.locator(".dl-card--pinned").waitFor();
    assert.equal(await page.locator(".dl-card--pinned").getAttribute("aria-label"), "Anatol Lieven");
    assert.equal(await page.locator('.dl-map [data-actor-id="anatol-lieven"]').getAttribute("aria-pressed"), "true");
    await input.fill("zzyzx");
    const { status, listbox } = searchParts(page);
    await page.waitForFunction(() => document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-live").textContent === "No results");
    assert.equal(await listbox.isHidden(), true);
    assert.equal(await input.getAttribute("aria-expanded"), "false");
    assert.equal(await status.textContent(), "No results");
    await page.context().close();
  });

  test("it works in the text view: entries are marked and the chosen one is selected with its card", async () => {
    const page = await open(1280);
    await page.getByRole("button", { name: "Text", exact: true }).click();
    await page.locator(".dl-text").waitFor();
    const input = await search(page, "rose");
    await page.locator('.dl-text [data-text-actor-id="caroline-rose"].dl-match').waitFor();
    assert.equal(await page.locator('.dl-text [data-text-event-id="taliban-takeover"].dl-match').count(), 0);
    await page.locator('[data-search-item="actor:caroline-rose"]').waitFor();
    while ((await input.getAttribute("aria-activedescendant")) !== (await page.locator('[data-search-item="actor:caroline-rose"]').getAttribute("id"))) {
      await input.press("ArrowDown");
    }
    await input.press("Enter");
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    assert.equal(await card.getAttribute("aria-label"), "Caroline Rose");
    await page.waitForFunction(() => {
      const row = document.querySelector("[data-dateline-story]").shadowRoot.querySelector('[data-text-actor-id="caroline-rose"]');
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("axe finds nothing, of any impact, with the list open, at 1280 and 375 px", async () => {
    for (const width of [1280, 375]) {
      const page = await open(width);
      const input = await search(page, "rus");
      await input.press("ArrowDown");
      await input.press("ArrowDown");
      assert.deepEqual(await axeViolations(page), [], `axe at ${width} px with the list open`);
      const { listbox } = searchParts(page);
      const [box, widget] = [await listbox.boundingBox(), await page.locator(".dl-widget").boundingBox()];
      assert.ok(box.x >= widget.x && box.x + box.width <= widget.x + widget.width + 0.5, `the list stays inside the widget at ${width} px`);
      await screenshot(page, `search-${width}-active`);
      await page.context().close();
    }
  });
});
