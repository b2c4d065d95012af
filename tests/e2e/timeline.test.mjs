// End-to-end tests of the timeline on the release build: what a reader sees
// and does with mouse, keyboard and touch, at phone and desktop widths.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, seed, useWidgetPage, focusedData } from "./browser.mjs";

const dated = seed.events.filter((event) => event.date);
const undated = seed.events.filter((event) => !event.date);
/** Seed events in the order the keyboard visits them: by date (ties in file order), then undated. */
const keyboardOrder = [...dated].sort((a, b) => startDay(a) - startDay(b) || endDay(a) - endDay(b)).concat(undated).map((event) => event.id);

function startDay(event) {
  const [year, month = 1, day = 1] = event.date.replace(/[~?%]$/, "").split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}
function endDay(event) {
  const date = (event.end ?? event.date).replace(/[~?%]$/, "");
  const [year, month, day] = date.split("-").map(Number);
  return day ? Date.UTC(year, month - 1, day + 1) : month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
}

const { open } = useWidgetPage();

/** Presses Tab until an event has focus; returns its id. */
async function tabIntoTimeline(page) {
  for (let presses = 0; presses < 15; presses += 1) {
    await page.keyboard.press("Tab");
    const id = await focusedData(page, "eventId");
    if (id) return id;
  }
  throw new Error("Tab never reached the timeline");
}

/** The visible window of the axis, in days. */
async function visibleSpan(page) {
  const svg = page.locator(".dl-timeline__svg");
  return [Number(await svg.getAttribute("data-visible-from")), Number(await svg.getAttribute("data-visible-to"))];
}

describe("the timeline", () => {
  test("is horizontal at 1280 px with every seed event and its data-event-id", async () => {
    const page = await open(1280);
    assert.equal(await page.locator(".dl-timeline--vertical").count(), 0);
    assert.equal(await page.locator(".dl-timeline__svg").count(), 1);
    const shown = await page.$$eval("[data-event-id]", (items) => items.map((item) => item.dataset.eventId));
    assert.deepEqual(new Set(shown), new Set(seed.events.map((event) => event.id)));
    assert.equal(shown.length, seed.events.length, "each event is drawn once");
    for (const kind of ["Reported", "Context", "Publication"]) {
      assert.ok(await page.getByText(kind, { exact: true }).first().isVisible(), `the legend explains ${kind}`);
    }
    await screenshot(page, "timeline-1280");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("is a vertical list the page scrolls through at 375 px", async () => {
    const page = await open(375);
    assert.equal(await page.locator(".dl-timeline--vertical").count(), 1);
    assert.equal(await page.locator(".dl-timeline__svg").count(), 0);
    const rows = await page.$$eval(".dl-timeline__list [data-event-id]", (items) => items.map((item) => item.dataset.eventId));
    assert.deepEqual(rows, keyboardOrder.slice(0, dated.length));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    await screenshot(page, "timeline-375");
    await page.context().close();
  });

  test("shows dates at the story's precision", async () => {
    const page = await open(375);
    const dates = await page.$$eval(".dl-timeline__list time", (times) => times.map((time) => time.textContent));
    assert.deepEqual(dates, ["August 2021", "March 2022", "March 2022 to 18 April 2022", "9 April 2022", "18 April 2022", "18 April 2022"]);
    await page.context().close();
  });

  for (const width of [375, 1280]) {
    test(`is one tab stop whose arrow keys visit every event in time order at ${width} px`, async () => {
      const page = await open(width);
      const visited = [await tabIntoTimeline(page)];
      for (let step = 1; step < keyboardOrder.length; step += 1) {
        await page.keyboard.press("ArrowRight");
        visited.push(await focusedData(page, "eventId"));
      }
      assert.deepEqual(visited, keyboardOrder);
      await page.keyboard.press("Home");
      assert.equal(await focusedData(page, "eventId"), keyboardOrder[0]);
      await page.keyboard.press("End");
      assert.equal(await focusedData(page, "eventId"), keyboardOrder.at(-1));
      await page.keyboard.press("Shift+Tab");
      assert.equal(await focusedData(page, "eventId"), undefined, "one Shift+Tab leaves the timeline");
      await page.keyboard.press("Tab");
      assert.equal(await focusedData(page, "eventId"), keyboardOrder.at(-1), "Tab returns to the last focused event");
      await page.keyboard.press("Tab");
      assert.equal(await focusedData(page, "eventId"), undefined, "one Tab leaves the timeline");
      await page.context().close();
    });
  }

  test("names each event with its title and its date in words", async () => {
    const page = await open(1280);
    const name = await page.locator('[data-event-id="gharwal-accredited"]').getAttribute("aria-label");
    assert.equal(name, "Russia accredits a Taliban chargé d'affaires, March 2022, reported");
    await page.context().close();
  });

  test("selects an event with Enter and shows its title, date and summary", async () => {
    const page = await open(1280);
    await tabIntoTimeline(page);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const selected = page.locator('[data-event-id="gharwal-accredited"]');
    assert.equal(await selected.getAttribute("aria-pressed"), "true");
    const card = page.locator(".dl-card");
    assert.match(await card.textContent(), /March 2022.*Russia accredits a Taliban chargé d'affaires.*accredited Jamal Nasir Gharwal/);
    await page.keyboard.press("Escape");
    assert.equal(await selected.getAttribute("aria-pressed"), "false");
    assert.equal(await card.count(), 0, "Escape closes the card");
    await page.context().close();
  });

  test("selects an event on click and on tap", async () => {
    const page = await open(1280);
    await page.locator('[data-event-id="gharwal-takes-over-mission"]').click();
    assert.equal(await page.locator('[data-event-id="gharwal-takes-over-mission"]').getAttribute("aria-pressed"), "true");
    await page.context().close();
    const phone = await open(375, { hasTouch: true, isMobile: true });
    await phone.locator('[data-event-id="taliban-takeover"]').tap();
    assert.equal(await phone.locator('[data-event-id="taliban-takeover"]').getAttribute("aria-pressed"), "true");
    assert.match(await phone.locator(".dl-card").textContent(), /August 2021/);
    await phone.context().close();
  });

  test("zooms with its buttons and keys, within bounds, and fits again", async () => {
    const page = await open(1280);
    const [from, to] = await visibleSpan(page);
    await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
    const [zoomedFrom, zoomedTo] = await visibleSpan(page);
    assert.ok(Math.abs((zoomedTo - zoomedFrom) - (to - from) / 2) < 1, "one click halves the visible span");
    for (let i = 0; i < 20; i += 1) await page.keyboard.press("+");
    const [minFrom, minTo] = await visibleSpan(page);
    assert.ok(minTo - minFrom >= 1.9, "zoom stops at about two days");
    assert.ok(await page.getByRole("button", { name: "Zoom in on the timeline" }).isDisabled());
    await page.getByRole("button", { name: "Fit the whole timeline" }).click();
    assert.deepEqual(await visibleSpan(page), [from, to]);
    await page.context().close();
  });

  test("pans when dragged and when Ctrl + wheel zooms, but lets a plain wheel scroll the page", async () => {
    const page = await open(1280, { viewport: { width: 1280, height: 500 } });
    await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
    const before = await visibleSpan(page);
    const box = await page.locator(".dl-timeline__axis").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 20, { steps: 8 });
    await page.mouse.up();
    const dragged = await visibleSpan(page);
    assert.ok(dragged[0] > before[0], "dragging left moves the window later");
    assert.ok(Math.abs((dragged[1] - dragged[0]) - (before[1] - before[0])) < 1e-6, "dragging keeps the span");

    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await page.waitForTimeout(100);
    const zoomed = await visibleSpan(page);
    assert.ok(zoomed[1] - zoomed[0] < dragged[1] - dragged[0], "Ctrl + wheel zooms in");

    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<div style="height: 2000px"></div>'));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => window.scrollY !== y, scrollBefore);
    assert.deepEqual(await visibleSpan(page), zoomed, "a plain wheel leaves the timeline alone");
    await page.context().close();
  });

  test("can give each lead actor a lane of its own, with every event still drawn", async () => {
    const page = await open(1280);
    const toggle = page.getByRole("button", { name: "Lanes by actor" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    const bands = await page.$$eval(".dl-timeline__band text", (labels) => labels.map((label) => label.textContent));
    assert.deepEqual(bands, ["Foreign Ministry", "Taliban", "Gharwal", "US", "Cafiero"]);
    const shown = await page.$$eval(".dl-timeline [data-event-id]", (items) => items.map((item) => item.dataset.eventId));
    assert.deepEqual(new Set(shown), new Set(seed.events.map((event) => event.id)));
    await screenshot(page, "timeline-by-actor-1280");
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });

  test("has no serious or critical axe-core violations, horizontal or vertical", async () => {
    for (const width of [375, 1280]) {
      const page = await open(width);
      await tabIntoTimeline(page);
      await page.keyboard.press("Enter");
      assert.deepEqual(await seriousAxeViolations(page), [], `at ${width} px`);
      await page.context().close();
    }
  });

  test("animates zoom only when the reader allows motion", async () => {
    for (const [reducedMotion, expected] of [["no-preference", "0.18s"], ["reduce", "0s"]]) {
      const page = await open(1280, { reducedMotion });
      await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
      const duration = await page.$eval(".dl-timeline__event", (element) => getComputedStyle(element).transitionDuration);
      assert.equal(duration, expected, `with prefers-reduced-motion: ${reducedMotion}`);
      await page.context().close();
    }
  });
});
