// End-to-end tests of the time axis on the release build: a story whose
// one background event is decades older than the rest gets an axis break,
// drawn and announced, so its own years get the width; pan, zoom and fit
// work across the break; in a right-to-left language the axis runs right
// to left and a drag still follows the finger; stories without long empty
// stretches keep a plain axis.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { screenshot, seriousAxeViolations, useWidgetPage } from "./browser.mjs";

const STORY = "/fixtures/port-strike-axis.json";
const portStrike = JSON.parse(await readFile(resolve(import.meta.dirname, "../fixtures/port-strike-axis.json"), "utf8"));
/** The story's events from 2019 on, the ones the old event used to squash. */
const recent = portStrike.events.filter((event) => event.date >= "2019");
const BREAK_NAME = "Axis break: June 1989 to December 2018 compressed";

/** A host page showing the port strike story in Arabic, whose timeline runs right to left. */
const rightToLeftPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A right-to-left timeline</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dateline.js"></script>
  </head>
  <body>
    <main>
      <div data-dateline-story="${STORY}" data-dateline-lang="ar"></div>
    </main>
  </body>
</html>`;

const { open } = useWidgetPage({ generated: new Map([["/pages/port-strike-rtl.html", rightToLeftPage]]) });

/** The visible window of the axis, in days. */
async function visibleDays(page) {
  const svg = page.locator(".dl-timeline__svg");
  return [Number(await svg.getAttribute("data-visible-from")), Number(await svg.getAttribute("data-visible-to"))];
}

/** Day number of an ISO date, as the widget counts days. */
const dayOf = (iso) => Date.parse(iso) / 86_400_000;

/** The horizontal centre, in page px, of event `id`'s mark. */
async function centreOf(page, id) {
  const box = await page.locator(`[data-event-id="${id}"] .dl-mark`).boundingBox();
  return box.x + box.width / 2;
}

/** Drags the axis `dx` px sideways from `x` (page px); returns nothing once the mouse is up. */
async function drag(page, x, dx) {
  const box = await page.locator(".dl-timeline__axis").boundingBox();
  const y = box.y + 20;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 6 });
  await page.mouse.up();
}

/** The horizontal extent, in page px, of the marks of the events with these ids that are drawn. */
async function reachOf(page, ids) {
  const boxes = [];
  for (const id of ids) {
    const mark = page.locator(`[data-event-id="${id}"] .dl-mark`);
    if ((await mark.count()) === 1) boxes.push(await mark.boundingBox());
  }
  return { drawn: boxes.length, left: Math.min(...boxes.map((box) => box.x)), right: Math.max(...boxes.map((box) => box.x + box.width)) };
}

describe("a story with one event decades before the rest", () => {
  test("draws an announced axis break and gives its own years most of the width at 1280 px", async () => {
    const page = await open(1280, { story: STORY });
    const marks = page.locator(".dl-axis__break");
    assert.equal(await marks.count(), 1, "one break");
    const announced = page.getByRole("img", { name: BREAK_NAME });
    assert.equal(await announced.count(), 1, "the break is named for assistive technology");
    assert.equal(await page.locator(".dl-axis__break title").textContent(), BREAK_NAME, "and has a tooltip");
    assert.ok(await page.locator(".dl-axis__break-mark").isVisible());

    const axis = await page.locator(".dl-timeline__svg").boundingBox();
    const { drawn, left, right } = await reachOf(page, recent.map((event) => event.id));
    assert.ok(drawn >= 2, `${drawn} of the recent events are drawn as marks`);
    const share = (right - left) / axis.width;
    assert.ok(share > 0.75, `the 2019 to 2024 events spread over ${share.toFixed(2)} of the width`);

    const old = await page.locator('[data-event-id="privatisation"] .dl-mark').boundingBox();
    const gap = await page.locator(".dl-axis__break-band").boundingBox();
    assert.ok(old.x + old.width <= gap.x && gap.x + gap.width <= left, "the break lies between 1989 and 2019");
    assert.ok(gap.width > 20 && gap.width < 0.1 * axis.width, `the break is ${gap.width} px wide`);

    const [from, to] = await visibleDays(page);
    assert.ok(from < dayOf("1989-04-03") && to > dayOf("2024-05-17"), "the opening view shows every event");
    assert.ok(await page.getByRole("button", { name: "Fit the whole timeline" }).isDisabled(), "and is the fit");
    await screenshot(page, "time-axis-port-strike-1280");
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("pans across the break by drag and by keyboard, and fits again", async () => {
    const page = await open(1280, { story: STORY, reducedMotion: "reduce" });
    const zoomIn = page.getByRole("button", { name: "Zoom in on the timeline" });
    for (let i = 0; i < 4; i += 1) await zoomIn.click();
    // Home takes the keyboard, and the window, to the first event, across the break.
    await page.locator('.dl-timeline [data-event-id][tabindex="0"]').focus();
    await page.keyboard.press("Home");
    await page.waitForFunction(() =>
      document.querySelector("[data-dateline-story]").shadowRoot.activeElement?.dataset.eventId === "privatisation",
    );
    const zoomed = await visibleDays(page);
    assert.ok(zoomed[1] < dayOf("2019-01-01"), "zoomed in on 1989");

    // A drag moves the marks with the pointer.
    const before = await centreOf(page, "privatisation");
    const box = await page.locator(".dl-timeline__axis").boundingBox();
    await drag(page, box.x + box.width / 2, 80);
    assert.ok(Math.abs((await centreOf(page, "privatisation")) - before - 80) < 3, "the mark follows the pointer");
    const y = box.y + 20;
    for (let i = 0; i < 12; i += 1) {
      await page.mouse.move(box.x + box.width * 0.8, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.2, y, { steps: 4 });
      await page.mouse.up();
    }
    await page.waitForFunction(
      (day) => Number(document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-timeline__svg")?.dataset.visibleFrom) > day,
      dayOf("2019-01-01"),
    );
    const panned = await visibleDays(page);
    assert.ok(panned[0] > dayOf("2019-01-01"), "dragging left reached the story's own years");
    assert.equal(await page.locator('[data-event-id="privatisation"]').count(), 0, "1989 is off screen");

    // End takes the keyboard to the last event.
    await page.locator('.dl-timeline [data-event-id][tabindex="0"]').focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() =>
      document.querySelector("[data-dateline-story]").shadowRoot.activeElement?.dataset.eventId === "deal",
    );

    await page.getByRole("button", { name: "Fit the whole timeline" }).click();
    await page.waitForFunction(
      (day) => Number(document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-timeline__svg")?.dataset.visibleTo) > day,
      dayOf("2024-05-17"),
    );
    for (const event of portStrike.events) {
      const drawn = page.locator(`[data-event-id="${event.id}"], .dl-timeline__cluster`);
      assert.ok((await drawn.count()) > 0, `${event.id} is drawn after fit`);
    }
    assert.equal(await page.locator(".dl-axis__break").count(), 1);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("is a list at 375 px, every event in it, with the long empty stretch named where it falls", async () => {
    const page = await open(375, { story: STORY });
    assert.equal(await page.locator(".dl-timeline--vertical").count(), 1);
    assert.equal(await page.locator(".dl-axis__break").count(), 0);
    for (const event of portStrike.events) {
      assert.equal(await page.locator(`[data-event-id="${event.id}"]`).count(), 1, event.id);
    }
    const entries = await page.$$eval(".dl-timeline__list > li", (items) => items.map((item) => item.querySelector("[data-event-id]")?.dataset.eventId ?? item.textContent));
    const gap = entries.findIndex((entry) => entry.startsWith("Gap in the story"));
    assert.equal(entries[gap], "Gap in the story: June 1989 to December 2018");
    const dated = portStrike.events.filter((event) => event.date).sort((a, b) => a.date.localeCompare(b.date));
    assert.equal(entries[gap - 1], dated[0].id, "after the 1989 event");
    assert.equal(entries[gap + 1], dated[1].id, "before the story resumes");
    await screenshot(page, "time-axis-port-strike-375");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});

describe("in a right-to-left language", () => {
  test("the axis runs right to left across its break, and a drag follows the finger", async () => {
    // Without motion, marks are where the window puts them at once.
    const page = await open(1280, { path: "/pages/port-strike-rtl.html", reducedMotion: "reduce" });
    assert.equal(await page.locator(".dl-widget").getAttribute("dir"), "rtl");
    assert.equal(await page.locator(".dl-axis__break").count(), 1);
    assert.match(await page.locator(".dl-axis__break").getAttribute("aria-label"), /^محور مقطوع: الفترة .+ مضغوطة$/, "the break is named in Arabic");
    const old = await centreOf(page, "privatisation");
    const deal = await centreOf(page, "deal");
    assert.ok(old > deal, "the earliest event is on the right");
    const gap = await page.locator(".dl-axis__break-band").boundingBox();
    const { left, right } = await reachOf(page, recent.map((event) => event.id));
    assert.ok(right <= gap.x && gap.x + gap.width <= old, "the break lies between 2019 and 1989, right to left");
    const axis = await page.locator(".dl-timeline__svg").boundingBox();
    assert.ok((right - left) / axis.width > 0.75, "the story's own years get most of the width");
    await screenshot(page, "time-axis-port-strike-rtl-1280");

    // Zoom in about the middle, then drag an event's mark: it moves with the pointer.
    const [fitFrom, fitTo] = await visibleDays(page);
    await page.locator(".dl-timeline__controls .dl-button").first().click();
    await page.waitForFunction(
      (span) => {
        const svg = document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-timeline__svg");
        return Number(svg.dataset.visibleTo) - Number(svg.dataset.visibleFrom) < span;
      },
      fitTo - fitFrom,
    );
    // The mark nearest the middle, which a 120 px drag keeps on screen.
    const middle = axis.x + axis.width / 2;
    const drawn = await page.locator(".dl-timeline__svg [data-event-id] .dl-mark").evaluateAll((marks) =>
      marks.map((mark) => {
        const box = mark.getBoundingClientRect();
        return { id: mark.closest("[data-event-id]").dataset.eventId, x: box.x + box.width / 2 };
      }),
    );
    const { id } = drawn.reduce((best, mark) => (Math.abs(mark.x - middle) < Math.abs(best.x - middle) ? mark : best));
    const before = await centreOf(page, id);
    const [from] = await visibleDays(page);
    await drag(page, axis.x + axis.width / 2, 120);
    const after = await centreOf(page, id);
    assert.ok(Math.abs(after - before - 120) < 3, `the mark moved ${after - before} px with a 120 px drag`);
    const [later] = await visibleDays(page);
    assert.ok(later > from, "dragging right shows later days when time runs right to left");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});

describe("stories without a long empty stretch", () => {
  for (const [name, story] of [["seed", undefined], ["decades-long", "/fixtures/decades.json"]]) {
    test(`keep a plain axis: the ${name} story`, async () => {
      for (const width of [375, 1280]) {
        const page = await open(width, { story });
        assert.equal(await page.locator(".dl-axis__break").count(), 0, `no break at ${width} px`);
        await screenshot(page, `time-axis-${name}-${width}`);
        assert.deepEqual(page.consoleProblems, []);
        await page.context().close();
      }
    });
  }
});
