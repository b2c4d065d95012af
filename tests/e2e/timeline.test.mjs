// End-to-end tests of the timeline on the release build: what a reader sees
// and does with mouse, keyboard and touch, at phone and desktop widths.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

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
      // The middle of the seed story is empty: fit again (also animated) to have marks to look at.
      await page.getByRole("button", { name: "Fit the whole timeline" }).click();
      const duration = await page.$eval(".dl-timeline__event", (element) => getComputedStyle(element).transitionDuration);
      assert.equal(duration, expected, `with prefers-reduced-motion: ${reducedMotion}`);
      await page.context().close();
    }
  });
});

/** Each drawn mark's title as shown (its lines joined by a space), and where the title and the mark are on screen. */
async function drawnTitles(page) {
  return page.locator(".dl-timeline__svg").evaluate((svg) => {
    const box = (element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    return {
      svg: box(svg),
      marks: [...svg.querySelectorAll(".dl-timeline__event")].map((mark) => {
        const label = mark.querySelector(".dl-timeline__label");
        const shape = mark.querySelector(".dl-mark");
        return {
          id: mark.dataset.eventId,
          text: label ? [...label.querySelectorAll("tspan")].map((line) => line.textContent).join(" ") : "",
          label: label ? box(label) : null,
          mark: box(shape),
        };
      }),
      clusters: [...svg.querySelectorAll(".dl-timeline__cluster")].map((cluster) => box(cluster)),
    };
  });
}

/** Whether two boxes overlap by more than a pixel. */
function overlap(a, b) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
}

/** Asserts that no title overlaps another title, another mark or a cluster, and that each stays inside the timeline. */
function assertTitlesClear({ svg, marks, clusters }, where) {
  for (const [i, a] of marks.entries()) {
    if (!a.label) continue;
    assert.ok(a.label.left >= svg.left - 0.5 && a.label.right <= svg.right + 0.5, `the title of ${a.id} runs out of the timeline ${where}`);
    for (const [j, b] of marks.entries()) {
      if (i === j) continue;
      if (b.label) assert.ok(!overlap(a.label, b.label), `the titles of ${a.id} and ${b.id} overlap ${where}`);
      assert.ok(!overlap(a.label, b.mark), `the title of ${a.id} covers the mark of ${b.id} ${where}`);
    }
    for (const cluster of clusters) assert.ok(!overlap(a.label, cluster), `the title of ${a.id} covers a cluster ${where}`);
  }
}

describe("the timeline's titles and clusters", () => {
  test("shows every dated seed title whole at 1280 px, clear of the others and inside the timeline", async () => {
    const page = await open(1280);
    const drawn = await drawnTitles(page);
    for (const event of dated) {
      const mark = drawn.marks.find((mark) => mark.id === event.id);
      assert.ok(mark, `${event.id} is drawn as a mark`);
      assert.equal(mark.text, event.title, `${event.id} shows its whole title`);
    }
    assertTitlesClear(drawn, "at 1280 px");
    await screenshot(page, "timeline-titles-seed-1280");
    await page.context().close();
  });

  for (const [name, width] of [["port-strike", 1280], ["wildfire", 1280], ["port-strike", 375], ["wildfire", 375], ["election-count", 1280], ["election-count", 375], ["japanese", 1280], ["hebrew", 1280]]) {
    test(`draws the ${name} story's titles whole where it can at ${width} px`, async () => {
      const page = await open(width, { story: `/fixtures/${name}.json` });
      const story = JSON.parse(await readFile(resolve(import.meta.dirname, `../fixtures/${name}.json`), "utf8"));
      if (width >= 1280 && name !== "election-count") {
        const drawn = await drawnTitles(page);
        assert.equal(drawn.clusters.length, 0, "nothing clusters");
        for (const event of story.events.filter((event) => event.date)) {
          const mark = drawn.marks.find((mark) => mark.id === event.id);
          assert.ok(mark, `${event.id} is drawn as a mark`);
          assert.equal(mark.text, event.title, `${event.id} shows its whole title`);
        }
        assertTitlesClear(drawn, `at ${width} px`);
      } else if (width >= 1280) {
        assertTitlesClear(await drawnTitles(page), `at ${width} px`);
      }
      await screenshot(page, `timeline-${name}-${width}`);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("clusters are reached by keyboard, named by count and period, and open to their events with Enter", async () => {
    // A month of 31 events clusters on a narrow horizontal timeline.
    const page = await open(700, { story: "/fixtures/election-count.json" });
    const clusters = page.locator(".dl-timeline__cluster");
    assert.ok((await clusters.count()) > 1, "the month clusters at 700 px");
    const drawnBefore = new Set(await page.$$eval(".dl-timeline__svg [data-event-id]", (marks) => marks.map((mark) => mark.dataset.eventId)));
    for (const name of await clusters.evaluateAll((all) => all.map((cluster) => cluster.getAttribute("aria-label")))) {
      assert.match(name, /^\d+ events?, (\d+ to )?\d+ May 2024$/);
    }
    assert.equal(await clusters.first().getAttribute("aria-hidden"), null, "clusters are not hidden from assistive technology");
    assert.equal(await clusters.first().getAttribute("role"), "button");

    // Tab goes from the events' stop to the clusters' stop; the arrows move among the clusters.
    await tabIntoTimeline(page);
    await page.keyboard.press("Tab");
    const isCluster = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.classList.contains("dl-timeline__cluster") ? element.getAttribute("aria-label") : null;
      });
    const first = await isCluster();
    assert.ok(first, "Tab reaches the first cluster");
    await page.keyboard.press("ArrowRight");
    const second = await isCluster();
    assert.ok(second, "an arrow moves to the next cluster");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await isCluster(), first);

    // Enter opens it: its events become marks, and the first of them has focus.
    const [from, to] = await visibleSpan(page);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.dataset?.eventId;
    });
    const focused = await focusedData(page, "eventId");
    assert.ok(!drawnBefore.has(focused), `the focused event ${focused} was in the cluster`);
    const [openFrom, openTo] = await visibleSpan(page);
    assert.ok(openTo - openFrom < to - from, "opening a cluster zooms in");
    await screenshot(page, "timeline-cluster-opened-700");
    await page.context().close();
  });

  test("a cluster opens on click too", async () => {
    const page = await open(700, { story: "/fixtures/election-count.json" });
    const [from, to] = await visibleSpan(page);
    await page.locator(".dl-timeline__cluster").first().click();
    await page.waitForFunction(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.dataset?.eventId;
    });
    const [openFrom, openTo] = await visibleSpan(page);
    assert.ok(openTo - openFrom < to - from, "clicking a cluster zooms in");
    await page.context().close();
  });
});
