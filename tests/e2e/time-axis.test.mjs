// End-to-end tests of the time axis on the release build: a story whose
// one background event is decades older than the rest gets an axis break,
// drawn and announced, so its own years get the width; pan, zoom and fit
// work across the break; stories without long empty stretches keep a
// plain axis.
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

const { open } = useWidgetPage();

/** The visible window of the axis, in days. */
async function visibleDays(page) {
  const svg = page.locator(".dl-timeline__svg");
  return [Number(await svg.getAttribute("data-visible-from")), Number(await svg.getAttribute("data-visible-to"))];
}

/** Day number of an ISO date, as the widget counts days. */
const dayOf = (iso) => Date.parse(iso) / 86_400_000;

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
    const page = await open(1280, { story: STORY });
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

    const box = await page.locator(".dl-timeline__axis").boundingBox();
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

  test("is a plain list at 375 px, every event in it", async () => {
    const page = await open(375, { story: STORY });
    assert.equal(await page.locator(".dl-timeline--vertical").count(), 1);
    assert.equal(await page.locator(".dl-axis__break").count(), 0);
    for (const event of portStrike.events) {
      assert.equal(await page.locator(`[data-event-id="${event.id}"]`).count(), 1, event.id);
    }
    await screenshot(page, "time-axis-port-strike-375");
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
