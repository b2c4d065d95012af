// End-to-end tests of the actor map on the release build.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, seed, useWidgetPage, focusedData } from "./browser.mjs";

const keys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];

const { open } = useWidgetPage();

const relationIds = (page) => page.$$eval("[data-relation-id]", (edges) => edges.map((edge) => edge.dataset.relationId));
const focusedActor = (page) => focusedData(page, "actorId");

/** Polls `condition` for up to five seconds; fails with `message` (text, or a function giving it) if it never holds. */
async function waitUntil(condition, message) {
  for (let tries = 0; tries < 50; tries += 1) {
    if (await condition()) return;
    await new Promise((next) => setTimeout(next, 100));
  }
  assert.fail(typeof message === "function" ? await message() : message);
}

/** Sets the map's date control to a day given as "YYYY-MM-DD". */
async function setMapDate(page, iso) {
  const day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  await page.locator(".dl-map__slider").fill(String(day));
}

/**
 * What the map shows, in CSS px of the page: the map's box, and for each
 * actor its mark (as a circle) and its label's box, with whether the label
 * is drawn and visible.
 */
const mapGeometry = (page) =>
  page.$eval(".dl-map__svg", (svg) => {
    const box = (rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, width: rect.width, height: rect.height });
    return {
      box: box(svg.getBoundingClientRect()),
      actors: [...svg.querySelectorAll("[data-actor-id]")].map((node) => {
        const mark = node.querySelector(".dl-actor__shape").getBoundingClientRect();
        const label = node.querySelector(".dl-actor__label");
        const style = getComputedStyle(label);
        return {
          id: node.dataset.actorId,
          mark: { x: mark.left + mark.width / 2, y: mark.top + mark.height / 2, r: Math.min(mark.width, mark.height) / 2 },
          whole: box(node.getBoundingClientRect()),
          label: box(label.getBoundingClientRect()),
          text: label.textContent,
          visible: style.visibility === "visible" && style.display !== "none" && Number(style.opacity) > 0,
        };
      }),
    };
  });

const intersect = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether a box and a circle overlap. */
const touchesCircle = (box, { x, y, r }) => {
  const nx = Math.max(box.left, Math.min(x, box.right));
  const ny = Math.max(box.top, Math.min(y, box.bottom));
  return (nx - x) ** 2 + (ny - y) ** 2 < r * r;
};

/**
 * Checks that every actor has a visible label inside the map, that no two
 * labels intersect and no label covers another actor's mark, and that the
 * actors fill at least 60 % of the map's width or height. Returns the fill.
 */
async function checkLabelsAndFill(page, what) {
  const { box, actors } = await mapGeometry(page);
  assert.ok(actors.length > 0, `${what}: actors are drawn`);
  for (const actor of actors) {
    assert.ok(actor.visible && actor.text.trim() && actor.label.width > 0, `${what}: ${actor.id} has a visible label`);
    const inside = actor.label.left >= box.left - 1 && actor.label.right <= box.right + 1 && actor.label.top >= box.top - 1 && actor.label.bottom <= box.bottom + 1;
    assert.ok(inside, `${what}: ${actor.id}'s label leaves the map`);
  }
  for (const [i, a] of actors.entries()) {
    for (const b of actors.slice(i + 1)) {
      assert.ok(!intersect(a.label, b.label), `${what}: the labels of ${a.id} and ${b.id} intersect`);
    }
    for (const b of actors) {
      if (b !== a) assert.ok(!touchesCircle(a.label, b.mark), `${what}: ${a.id}'s label covers ${b.id}'s mark`);
    }
  }
  const extent = (side) => {
    const [from, to] = side === "x" ? ["left", "right"] : ["top", "bottom"];
    return Math.max(...actors.map((actor) => actor.whole[to])) - Math.min(...actors.map((actor) => actor.whole[from]));
  };
  const fill = { across: extent("x") / box.width, down: extent("y") / box.height, height: box.height };
  assert.ok(fill.across >= 0.6 || fill.down >= 0.6, `${what}: the actors fill ${Math.round(fill.across * 100)} % of the width and ${Math.round(fill.down * 100)} % of the height`);
  return fill;
}

describe("the actor map", () => {
  for (const width of [375, 1280]) {
    test(`labels every seed actor clear of the others and fills its box at ${width} px`, async () => {
      const page = await open(width);
      await checkLabelsAndFill(page, `seed at ${width} px`);
      await page.context().close();
    });

    test(`gives two actors a box that fits them at ${width} px`, async () => {
      const seedPage = await open(width);
      const seedHeight = (await mapGeometry(seedPage)).box.height;
      await seedPage.context().close();
      const page = await open(width, { story: "/fixtures/pair.json" });
      const fill = await checkLabelsAndFill(page, `two actors at ${width} px`);
      assert.ok(fill.height < seedHeight * 0.75, `two actors take ${fill.height} px, the seed's ${seedHeight}`);
      await screenshot(page, `actor-map-pair-${width}`);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("sets the header, timeline labels, map labels and cards in the page's font", async () => {
    const page = await open(1280);
    await page.locator('[data-actor-id="russia"]').click();
    await page.locator(".dl-card").waitFor();
    const families = await page.evaluate(() => {
      const host = document.querySelector("[data-dateline-story]");
      const tree = host.shadowRoot ?? host.querySelector(":scope > .dateline-shadow-host")?.shadowRoot ?? host;
      const family = (selector) => {
        const element = tree.querySelector(selector);
        return element && getComputedStyle(element).fontFamily;
      };
      return {
        page: getComputedStyle(host).fontFamily,
        header: family(".dl-header__title"),
        button: family(".dl-button"),
        timeline: family(".dl-timeline__label"),
        map: family(".dl-actor__label"),
        card: family(".dl-card"),
      };
    });
    for (const [part, family] of Object.entries(families)) {
      assert.equal(family, families.page, `the ${part} is set in the page's font`);
    }
    assert.match(families.page, /sans-serif/, "the standalone page gives a sans-serif stack");
    await page.context().close();
  });


  for (const width of [375, 1280]) {
    test(`draws every seed actor and every relation that holds on the publication date at ${width} px`, async () => {
      const page = await open(width);
      const actors = await page.$$eval("[data-actor-id]", (nodes) => nodes.map((node) => node.dataset.actorId));
      assert.deepEqual(new Set(actors), new Set(seed.actors.map((actor) => actor.id)));
      assert.equal(await page.textContent(".dl-map__date-value"), "18 April 2022", "the default date is the publication date");
      assert.deepEqual(new Set(await relationIds(page)), new Set(seed.relations.map((relation) => relation.id)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await screenshot(page, `actor-map-${width}`);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("names nodes and edges for assistive technology", async () => {
    const page = await open(1280);
    assert.equal(await page.getAttribute('[data-actor-id="caroline-rose"]', "aria-label"), "Rose (Caroline Rose), person, senior analyst and head of the Power Vacuums programme");
    assert.equal(await page.getAttribute('[data-relation-id="us-condemns-russia"]', "aria-label"), "United States condemns Russia: condemns the acceptance of Taliban diplomats (hostile)");
    assert.equal(await page.getAttribute('[data-relation-id="russia-china-common-cause"]', "aria-label"), "Russia and China: common cause in Afghanistan (cooperative)");
    await page.context().close();
  });

  test("hides a relation when the date moves before its start, and shows it again after", async () => {
    const page = await open(1280);
    await setMapDate(page, "2022-02-15");
    assert.equal(await page.textContent(".dl-map__date-value"), "15 February 2022");
    const before = await relationIds(page);
    assert.ok(!before.includes("russia-engages-taliban"), "Russia's engagement starts in March 2022");
    assert.ok(!before.includes("us-condemns-russia"), "Washington's condemnation starts with its event");
    assert.ok(before.includes("russia-china-common-cause"), "an undated relation always holds");
    await setMapDate(page, "2022-03-02");
    assert.ok((await relationIds(page)).includes("russia-engages-taliban"));
    await page.context().close();
  });

  test("follows the event selected on the timeline", async () => {
    const page = await open(1280);
    await page.locator('[data-event-id="taliban-takeover"]').click();
    assert.equal(await page.textContent(".dl-map__date-value"), "31 August 2021");
    assert.ok(!(await relationIds(page)).includes("russia-engages-taliban"));
    await page.context().close();
  });

  test("is one tab stop whose arrow keys reach every actor", async () => {
    const page = await open(1280);
    await page.locator(".dl-map__slider").focus();
    for (let presses = 0; presses < 6 && !(await focusedActor(page)); presses += 1) await page.keyboard.press("Tab");
    const first = await focusedActor(page);
    assert.ok(first, "Tab reaches the map's nodes");
    await page.keyboard.press("Home");
    const start = await focusedActor(page);
    // Breadth-first search over arrow-key paths from the first actor.
    const paths = new Map([[start, []]]);
    const queue = [start];
    while (queue.length) {
      const path = paths.get(queue.shift());
      for (const key of keys) {
        await page.keyboard.press("Home");
        for (const step of path) await page.keyboard.press(step);
        await page.keyboard.press(key);
        const reached = await focusedActor(page);
        if (reached && !paths.has(reached)) {
          paths.set(reached, [...path, key]);
          queue.push(reached);
        }
      }
    }
    assert.deepEqual(new Set(paths.keys()), new Set(seed.actors.map((actor) => actor.id)));
    await page.keyboard.press("Tab");
    assert.equal(await focusedActor(page), undefined, "one Tab leaves the map's nodes");
    await page.context().close();
  });

  test("selects an actor with Enter, lights up its relations and lists them", async () => {
    const page = await open(1280);
    // Focus waits for the node to take it: the map is not focusable while it arranges.
    await waitUntil(async () => {
      await page.locator('[data-actor-id="russia"]').focus();
      return (await focusedActor(page)) === "russia";
    }, "the Russia node takes focus");
    await page.keyboard.press("Enter");
    await waitUntil(async () => (await page.getAttribute('[data-actor-id="russia"]', "aria-pressed")) === "true", async () => `Enter selects Russia; focus is on ${await focusedActor(page)}`);
    const lit = await page.$$eval(".dl-relation--lit", (edges) => edges.map((edge) => edge.dataset.relationId));
    const expected = seed.relations.filter((relation) => relation.from === "russia" || relation.to === "russia").map((relation) => relation.id);
    assert.deepEqual(new Set(lit), new Set(expected));
    const listed = await page.$$eval("[data-relation-button]", (buttons) => buttons.map((button) => button.dataset.relationButton));
    assert.deepEqual(new Set(listed), new Set(expected), "the selected actor's relations are reachable as buttons");
    await page.locator('[data-relation-button="us-condemns-russia"]').click();
    assert.match(await page.textContent(".dl-card"), /United States condemns Russia/);
    await page.keyboard.press("Escape");
    await page.context().close();
  });

  test("moves a dragged actor and lets the others settle around it", async () => {
    const page = await open(1280);
    const node = page.locator('[data-actor-id="ukraine"] .dl-actor__shape');
    await page.locator(".dl-map__canvas").scrollIntoViewIfNeeded();
    const before = await node.boundingBox();
    const others = await page.locator('[data-actor-id="china"] .dl-actor__shape').boundingBox();
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    await page.mouse.move(before.x + before.width / 2 - 120, before.y + before.height / 2 - 60, { steps: 6 });
    await page.mouse.up();
    const after = await node.boundingBox();
    assert.ok(Math.abs(after.x - (before.x - 120)) < 3 && Math.abs(after.y - (before.y - 60)) < 3, "the actor stays where it was dropped");
    assert.equal(await page.getAttribute('[data-actor-id="ukraine"]', "aria-pressed"), "false", "a drag is not a click");
    assert.notDeepEqual(await page.locator('[data-actor-id="china"] .dl-actor__shape').boundingBox(), others, "the rest settles");
    await page.context().close();
  });

  test("zooms with its buttons and Ctrl + wheel, and fits again", async () => {
    const page = await open(1280);
    const transform = () => page.$eval(".dl-map__svg > g", (g) => g.getAttribute("transform"));
    const fit = await transform();
    await page.getByRole("button", { name: "Zoom in on the map" }).click();
    assert.notEqual(await transform(), fit);
    await page.getByRole("button", { name: "Fit the whole map" }).click();
    assert.equal(await transform(), fit);
    await page.locator(".dl-map__canvas").scrollIntoViewIfNeeded();
    const box = await page.locator(".dl-map__svg").boundingBox();
    await page.mouse.move(box.x + 100, box.y + 100);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -200);
    await page.keyboard.up("Control");
    for (let tries = 0; tries < 50 && (await transform()) === fit; tries += 1) await page.waitForTimeout(20);
    assert.notEqual(await transform(), fit, "Ctrl + wheel zooms the map");
    await page.context().close();
  });

  test("zooms with a two-finger pinch on a touch screen, and a pinch is not a tap", async () => {
    const page = await open(800, { hasTouch: true });
    const transform = () => page.$eval(".dl-map__svg > g", (g) => g.getAttribute("transform"));
    const fit = await transform();
    await page.locator(".dl-map__canvas").scrollIntoViewIfNeeded();
    const box = await page.locator(".dl-map__svg").boundingBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread) => [
      { x: cx - spread, y: cy, id: 0 },
      { x: cx + spread, y: cy, id: 1 },
    ];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(30) });
    for (const spread of [45, 60, 80, 100]) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    for (let tries = 0; tries < 50 && (await transform()) === fit; tries += 1) await page.waitForTimeout(20);
    const zoomed = await transform();
    assert.notEqual(zoomed, fit, "spreading two fingers zooms in");
    const scale = Number(/scale\(([\d.]+)\)/.exec(zoomed)[1]);
    assert.ok(scale > 1.5, `the map is ${scale} times larger`);
    assert.equal(await page.locator('[aria-pressed="true"][data-actor-id]').count(), 0, "the pinch selected nothing");
    assert.equal(await page.locator(".dl-card").count(), 0, "and opened no card");
    await page.context().close();
  });

  test("the timeline zooms with a two-finger pinch too", async () => {
    const page = await open(1280, { hasTouch: true });
    const span = async () => {
      const svg = page.locator(".dl-timeline__svg");
      return Number(await svg.getAttribute("data-visible-to")) - Number(await svg.getAttribute("data-visible-from"));
    };
    const before = await span();
    const box = await page.locator(".dl-timeline__svg").boundingBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread) => [
      { x: cx - spread, y: cy, id: 0 },
      { x: cx + spread, y: cy, id: 1 },
    ];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(40) });
    for (const spread of [60, 90, 120, 160]) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    for (let tries = 0; tries < 50 && (await span()) === before; tries += 1) await page.waitForTimeout(20);
    const after = await span();
    assert.ok(after < before / 2, `the window went from ${before} to ${after} days`);
    await page.context().close();
  });

  test("has no serious or critical axe-core violations with an actor selected", async () => {
    for (const width of [375, 1280]) {
      const page = await open(width);
      await page.locator('[data-actor-id="russia"]').click();
      assert.deepEqual(await seriousAxeViolations(page), [], `at ${width} px`);
      await page.context().close();
    }
  });
});
