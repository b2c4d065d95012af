// Accessibility of the release build beyond the serious and critical axe
// rules: every axe-core violation of any impact in every state a reader can
// reach, and the WCAG 2.2 AA checks axe cannot make: focus that shows and is
// not cut off, targets of 24 px, contrast in both themes, meaning not carried
// by colour alone, reflow, forced colours, and what a screen reader hears.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

import { allAxeViolations, artifacts, screenshot, useWidgetPage, waitForWidgets } from "./browser.mjs";

const living = (name) => readFile(resolve(import.meta.dirname, "../fixtures/living", name), "utf8");
const [v1, v2] = await Promise.all([living("riverside-v1.json"), living("riverside-v2.json")]);
// A living story's address: version 1 on the first visit, version 2 after.
const LIVING = "/living/riverside.json";
const generated = new Map([[LIVING, v1]]);
const { open, serverUrl } = useWidgetPage({ generated });

/** Serves the page with its widget's host element given `attributes` (e.g. a theme). */
function withHostAttributes(attributes) {
  return (page) =>
    page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("<div data-dateline-story=", `<div ${attributes} data-dateline-story=`);
      await route.fulfill({ response, body });
    });
}

/** Resolves after two frames, once what a change set off has been drawn. */
function settled(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Opens the living story's first version, then comes back to its second, so
 * what was added since is marked New.
 */
async function openUpdated(width) {
  generated.set(LIVING, v1);
  const page = await open(width, { story: LIVING });
  await settled(page);
  generated.set(LIVING, v2);
  await page.goto(`${serverUrl()}/?story=${encodeURIComponent(LIVING)}`);
  await waitForWidgets(page);
  await page.locator("[data-dateline-new]").first().waitFor();
  return page;
}

/** Hovers the first event mark and waits for its preview card. */
async function preview(page) {
  await page.locator(".dl-timeline [data-event-id]").first().hover();
  await page.locator('.dl-card[role="tooltip"]').waitFor();
}

/** Clicks the first event mark and waits for its pinned card. */
async function pin(page) {
  await page.locator(".dl-timeline [data-event-id]").first().click();
  await page.locator(".dl-card--pinned").waitFor();
}

/** Clicks the first actor on the map and waits for its pinned card. */
async function pinActor(page) {
  await page.locator(".dl-map [data-actor-id]").first().click();
  await page.locator(".dl-card--pinned").waitFor();
}

/** Opens the box that lists the story file's problems. */
async function openProblems(page) {
  await page.locator(".dl-problems__summary").click();
  await page.locator(".dl-problems__list").waitFor();
}

/** Shows the text view. */
async function showText(page) {
  await page.getByRole("button", { name: "Text", exact: true }).click();
  await page.locator(".dl-text").waitFor();
}

/** Types a query into the story's search and waits for its results. */
async function search(page) {
  await page.locator('[role="combobox"]').fill("Taliban");
  await page.locator('[role="listbox"]:not([hidden]) [role="option"]').first().waitFor();
}

const dark = { beforeLoad: withHostAttributes('data-dateline-theme="dark"') };
const twelve = { story: "/fixtures/twelve.json" };
// Twelve events, one of them decades before the rest: clusters and an axis break.
const portStrike = { story: "/fixtures/port-strike-axis.json" };
const large = { story: "/fixtures/large.json" };
const problems = { story: "/fixtures/bad/invalid-dates.json" };

/** Every state checked: a name, the width, how the page is opened, and what the reader does. */
const states = [
  ["loaded", 1280, {}, null],
  ["card previewed", 1280, {}, preview],
  ["card pinned", 1280, {}, pin],
  ["actor card pinned", 1280, {}, pinActor],
  ["text view", 1280, {}, showText],
  ["search open", 1280, {}, search],
  ["dark theme", 1280, dark, null],
  ["dark theme, card pinned", 1280, dark, pin],
  ["dark theme, text view", 1280, dark, showText],
  ["dark theme, a story's problems listed", 1280, { ...problems, ...dark }, openProblems],
  ["375 px", 375, {}, null],
  ["375 px, card pinned", 375, {}, pin],
  ["375 px, search open", 375, {}, search],
  ["320 px", 320, {}, null],
  ["320 px, text view", 320, {}, showText],
  ["12-event story", 1280, twelve, null],
  ["12-event story, card pinned", 1280, twelve, pin],
  ["12-event story at 375 px", 375, twelve, null],
  ["12-event story, dark theme", 1280, { ...twelve, ...dark }, null],
  ["12-event story with an axis break", 1280, portStrike, null],
  ["12-event story with an axis break, card pinned", 1280, portStrike, pin],
  ["12-event story with an axis break at 375 px", 375, portStrike, null],
  ["2,000-event story", 1280, large, null],
  ["the demo article, two widgets", 1280, { path: "/article.html" }, null],
  ["the demo article, two widgets at 375 px", 375, { path: "/article.html" }, null],
  ["updated story, New marks", 1280, { updated: true }, null],
  ["updated story, New marks at 375 px", 375, { updated: true }, null],
];

/** Opens the page for a state of the matrix and brings it about. */
async function reach([, width, options, act]) {
  const page = options.updated ? await openUpdated(width) : await open(width, options);
  await act?.(page);
  return page;
}

describe("axe-core, every impact", () => {
  const counts = {};
  for (const state of states) {
    test(`finds nothing: ${state[0]}`, async () => {
      const page = await reach(state);
      const violations = await allAxeViolations(page);
      counts[state[0]] = violations.length;
      await page.context().close();
      assert.deepEqual(violations, []);
    });
  }
  test("records the counts per state", async () => {
    assert.deepEqual(Object.keys(counts), states.map((state) => state[0]), "every state was checked");
    await mkdir(artifacts, { recursive: true });
    await writeFile(resolve(artifacts, "axe-counts.json"), `${JSON.stringify(counts, null, 2)}\n`);
  });
});

/**
 * What the element with keyboard focus shows: its tag, its event or actor,
 * whether a focus indicator is drawn (an outline of 2 px or more, or for a
 * mark its ring), and the boxes that cut it off (ancestors that clip their
 * content and do not contain the whole indicator). Looks inside shadow roots.
 */
function focusIndicator(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    const ring = element.querySelector?.(":scope > .dl-hit");
    let box;
    let shown;
    if (ring) {
      const style = getComputedStyle(ring);
      shown = style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2;
      const rect = ring.getBoundingClientRect();
      const half = parseFloat(style.strokeWidth) / 2;
      box = { left: rect.left - half, top: rect.top - half, right: rect.right + half, bottom: rect.bottom + half };
    } else {
      const style = getComputedStyle(element);
      const width = parseFloat(style.outlineWidth);
      shown = style.outlineStyle !== "none" && width >= 2;
      const out = Math.max(0, parseFloat(style.outlineOffset) + width);
      const rect = element.getBoundingClientRect();
      box = { left: rect.left - out, top: rect.top - out, right: rect.right + out, bottom: rect.bottom + out };
    }
    const clippedBy = [];
    for (let node = element.parentNode; node; node = node.parentNode ?? node.host) {
      if (!(node instanceof Element)) continue;
      const style = getComputedStyle(node);
      const clips = style.overflowX !== "visible" || style.overflowY !== "visible" || (node instanceof SVGSVGElement && style.overflow !== "visible");
      if (!clips) continue;
      const rect = node.getBoundingClientRect();
      const slack = 0.5;
      if (box.left < rect.left - slack || box.top < rect.top - slack || box.right > rect.right + slack || box.bottom > rect.bottom + slack) {
        clippedBy.push(node.getAttribute("class") || node.tagName);
      }
    }
    const name = element.dataset?.eventId ?? element.dataset?.actorId ?? element.getAttribute("aria-label") ?? element.textContent.trim().slice(0, 30);
    return { what: `${element.tagName.toLowerCase()} ${name}`, shown, clippedBy };
  });
}

describe("focus", () => {
  // 100 %, 200 % and 400 % zoom of a 1280 px window.
  for (const [width, zoom, story] of [[1280, 100], [640, 200], [320, 400], [1280, 100, portStrike], [1280, 100, large]]) {
    test(`every element Tab reaches shows its focus, uncut, at ${zoom} % zoom${story ? ` (${story.story})` : ""}`, async () => {
      const page = await open(width, { deviceScaleFactor: zoom / 100, ...story });
      await pin(page);
      // Tab on from the top of the page, with the card open.
      await page.locator("h1").click();
      const problems = [];
      const seen = new Set();
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press("Tab");
        const focus = await focusIndicator(page);
        if (!focus) break;
        if (seen.has(focus.what)) continue;
        seen.add(focus.what);
        if (!focus.shown) problems.push(`${focus.what}: no focus indicator`);
        if (focus.clippedBy.length) problems.push(`${focus.what}: focus cut off by ${focus.clippedBy.join(", ")}`);
      }
      assert.ok(seen.size > 10, `Tab reached only ${seen.size} elements`);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  for (const [width, zoom] of [[1280, 100], [640, 200]]) {
    test(`every mark on the timeline and the map shows a ring with focus at ${zoom} % zoom`, async () => {
      const page = await open(width, { deviceScaleFactor: zoom / 100 });
      const problems = [];
      for (const [marks, key] of [[".dl-timeline__svg [data-event-id]", "ArrowRight"], [".dl-map [data-actor-id]", "ArrowRight"]]) {
        const count = await page.locator(marks).count();
        if (count === 0) continue;
        const seen = new Set();
        await page.keyboard.press("Tab");
        await page.locator(marks).first().focus();
        for (let presses = 0; presses < count * 2 && seen.size < count; presses += 1) {
          const focus = await focusIndicator(page);
          if (!seen.has(focus.what)) {
            seen.add(focus.what);
            if (!focus.shown) problems.push(`${focus.what}: no focus ring`);
            if (focus.clippedBy.length) problems.push(`${focus.what}: ring cut off by ${focus.clippedBy.join(", ")}`);
          }
          await page.keyboard.press(key);
          await settled(page);
        }
        assert.ok(seen.size > 1, `arrow keys reached ${seen.size} of ${count} marks in ${marks}`);
      }
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test("a focused mark looks different from the selected one", async () => {
    const page = await open(1280);
    await pin(page);
    const selected = page.locator(".dl-timeline__event--selected");
    const other = page.locator(".dl-timeline__svg [data-event-id]:not(.dl-timeline__event--selected)").first();
    await page.keyboard.press("Tab");
    await other.focus();
    const ring = (locator) => locator.evaluate((mark) => getComputedStyle(mark.querySelector(".dl-hit")).stroke);
    assert.equal(await ring(selected), "none", "the selected mark draws no ring without focus");
    assert.notEqual(await ring(other), "none", "the focused mark draws its ring");
    await screenshot(page, "focus-ring-1280");
    await page.context().close();
  });
});

/**
 * Every control a pointer can hit and how big its target is, in CSS px:
 * buttons, links, inputs, summaries and marks (a mark's hit area), and the
 * relations' hit lines (their stroke width). Inline links inside a sentence
 * are exempt (WCAG 2.5.8) and left out.
 */
function targets(page) {
  return page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll("[data-dateline-story]")].map((host) => host.shadowRoot).filter(Boolean)];
    const found = [];
    for (const root of roots) {
      for (const element of root.querySelectorAll('button, a[href], input, select, summary, [role="button"], [role="option"]')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (element.closest("[hidden], .dl-visually-hidden")) continue;
        if (element.tagName === "A" && element.parentElement && element.parentElement.textContent.trim() !== element.textContent.trim()) continue;
        const hit = element.querySelector(":scope > .dl-hit");
        const box = (hit ?? element).getBoundingClientRect();
        const name = element.dataset.eventId ?? element.dataset.actorId ?? (element.getAttribute("aria-label") || element.textContent.trim().slice(0, 30));
        found.push({ what: `${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""} ${name}`, width: box.width, height: box.height });
      }
      for (const line of root.querySelectorAll(".dl-relation__hit")) {
        const scale = line.getScreenCTM()?.a ?? 1;
        const width = parseFloat(getComputedStyle(line).strokeWidth) * scale;
        found.push({ what: `relation ${line.parentElement.dataset.relationId}`, width, height: width });
      }
    }
    return found;
  });
}

describe("target size", () => {
  for (const [width, story] of [[1280], [375], [1280, portStrike], [1280, large]]) {
    test(`every control is at least 24 × 24 px to a finger at ${width} px${story ? ` (${story.story})` : ""}`, async () => {
      const page = await open(width, { hasTouch: true, isMobile: true, ...story });
      assert.ok(await page.evaluate(() => matchMedia("(pointer: coarse)").matches), "the page sees a coarse pointer");
      await pin(page);
      const small = (await targets(page)).filter(({ width, height }) => width < 23.9 || height < 23.9);
      assert.deepEqual(small.map(({ what, width, height }) => `${what}: ${width.toFixed(1)} × ${height.toFixed(1)}`), []);
      await page.context().close();
    });
  }
});

/** The WCAG relative luminance of an `rgb(...)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `rgb(...)` colours. */
export function contrast(a, b) {
  const [light, dim] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dim + 0.05);
}

// Text on its backgrounds needs 4.5:1; marks, lines and the focus ring 3:1.
const TEXT = [
  ["text", "background"], ["text", "surface"], ["muted", "background"], ["muted", "surface"],
  ["accent", "background"], ["focus", "background"], ["focus", "surface"], ["error", "background"],
  ["warning", "background"], ["new-text", "new"], ["text", "notice"], ["warning", "notice"],
  ["text", "alert"], ["error", "alert"],
];
const MARKS = [
  "reported", "context", "publication", "focus", "new", "state", "organisation", "group", "person", "place",
  "cooperative", "hostile", "neutral",
].map((colour) => [colour, "background"]);
// The person icon and the actors' outlines are drawn in the background colour on the actor.
const ON_ACTORS = ["state", "organisation", "group", "person", "place"].map((colour) => ["background", colour]);

describe("contrast", () => {
  for (const [theme, options] of [["light", {}], ["dark", dark]]) {
    test(`text has 4.5:1 and marks, lines and focus 3:1 in the ${theme} theme`, async () => {
      const page = await open(1280, options);
      const colours = await page.evaluate(() => {
        const widget = document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-widget");
        const probe = document.createElement("span");
        widget.append(probe);
        const resolve = (name) => {
          probe.style.color = `var(--dl-${name})`;
          return getComputedStyle(probe).color;
        };
        const names = ["text", "muted", "background", "surface", "accent", "focus", "error", "warning", "new", "new-text", "notice", "alert",
          "reported", "context", "publication", "state", "organisation", "group", "person", "place", "cooperative", "hostile", "neutral"];
        const resolved = Object.fromEntries(names.map((name) => [name, resolve(name)]));
        probe.remove();
        return resolved;
      });
      const failing = [];
      for (const [pairs, minimum] of [[TEXT, 4.5], [MARKS, 3], [ON_ACTORS, 3]]) {
        for (const [fore, back] of pairs) {
          const ratio = contrast(colours[fore], colours[back]);
          if (ratio < minimum) failing.push(`--dl-${fore} on --dl-${back}: ${ratio.toFixed(2)}:1, needs ${minimum}:1`);
        }
      }
      assert.deepEqual(failing, []);
      await page.context().close();
    });
  }
});

/**
 * How each event kind, relation stance and actor kind is drawn, apart from
 * colour: the mark's element and whether it is filled or hollow, the line's
 * dashes, the actor's shape and icon.
 */
function shapesBeyondColour(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-dateline-story]").shadowRoot;
    const background = getComputedStyle(root.querySelector(".dl-widget")).backgroundColor;
    const describe = (element) => {
      const style = getComputedStyle(element);
      const hollow = style.fill === background || style.fill === "none" || parseFloat(style.fillOpacity) === 0;
      return `${element.tagName}${element.getAttribute("points") ? `(${element.getAttribute("points").split(" ").length})` : ""}${element.getAttribute("transform") ? " turned" : ""} ${hollow ? "hollow" : "filled"} dashes ${style.strokeDasharray}`;
    };
    // Points and spans (a month, a year, a period) are told apart by shape; kinds within each.
    const points = {};
    const spans = {};
    for (const kind of ["reported", "context", "publication"]) {
      const event = `.dl-timeline__event.dl-mark--${kind}:not(.dl-mark--fuzzy)`;
      const point = root.querySelector(`${event} circle.dl-mark, ${event} rect.dl-mark:not(.dl-mark--span)`);
      if (point) points[kind] = describe(point);
      const span = root.querySelector(`${event} rect.dl-mark--span`);
      if (span) spans[kind] = describe(span);
    }
    const stances = {};
    for (const stance of ["cooperative", "hostile", "neutral"]) {
      const line = root.querySelector(`.dl-relation--${stance} .dl-relation__line`);
      if (line) stances[stance] = getComputedStyle(line).strokeDasharray;
    }
    const actors = {};
    for (const kind of ["state", "organisation", "group", "person", "place"]) {
      const node = root.querySelector(`.dl-actor--${kind}`);
      if (node) actors[kind] = [...node.querySelectorAll(".dl-actor__shape, .dl-actor__icon")].map(describe).join(" + ");
    }
    return { points, spans, stances, actors };
  });
}

describe("meaning beyond colour", () => {
  for (const [mode, media] of [["in colour", {}], ["in forced colours", { forcedColors: "active" }]]) {
    test(`event kinds, stances and actor kinds differ by shape, fill or line style ${mode}`, async () => {
      const page = await open(1280, { beforeLoad: (page) => page.emulateMedia(media) });
      const { points, spans, stances, actors } = await shapesBeyondColour(page);
      const drawings = [["event kinds drawn as points", points, 2], ["event kinds drawn as spans", spans, 2], ["stances", stances, 3], ["actor kinds", actors, 4]];
      for (const [what, drawn, expected] of drawings) {
        const values = Object.values(drawn);
        assert.ok(values.length >= expected, `${what}: only ${values.length} drawn (${JSON.stringify(drawn)})`);
        assert.equal(new Set(values).size, values.length, `${what} look alike without colour: ${JSON.stringify(drawn, null, 1)}`);
      }
      await page.context().close();
    });
  }
});

describe("reflow", () => {
  // 320 px wide, and a 1280 px window at 200 % and 400 % zoom.
  for (const [width, scale, view] of [[320, 1, null], [640, 2, null], [320, 4, null], [320, 1, showText]]) {
    test(`at ${width} px${scale > 1 ? ` (${scale * 100} % zoom)` : ""}${view ? " in the text view" : ""} the page does not scroll sideways and every event is there`, async () => {
      const page = await open(width, { deviceScaleFactor: scale });
      await view?.(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls ${overflow} px sideways`);
      const cut = await page.evaluate(() => {
        const root = document.querySelector("[data-dateline-story]").shadowRoot;
        const widget = root.querySelector(".dl-widget").getBoundingClientRect();
        return [...root.querySelectorAll(".dl-timeline__title, .dl-text__title, .dl-header__title, .dl-steps__status, .dl-button")]
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            return rect.width > 0 && (rect.left < widget.left - 0.5 || rect.right > widget.right + 0.5);
          })
          .map((element) => element.textContent.trim().slice(0, 40));
      });
      assert.deepEqual(cut, [], "text runs out of the widget");
      await screenshot(page, `reflow-${width}-${scale * 100}${view ? "-text" : ""}`);
      await page.context().close();
    });
  }
});

describe("forced colours", () => {
  for (const [width, scheme] of [[1280, "light"], [375, "light"], [1280, "dark"], [375, "dark"]]) {
    test(`marks, lines, focus and selection stay visible at ${width} px (${scheme} system colours)`, async () => {
      const page = await open(width, { beforeLoad: (page) => page.emulateMedia({ forcedColors: "active", colorScheme: scheme }) });
      assert.ok(await page.evaluate(() => matchMedia("(forced-colors: active)").matches));
      await pin(page);
      // Focus another mark (an actor at 375 px, where the timeline is a list).
      await page.keyboard.press("Tab");
      const other = width >= 600 ? ".dl-timeline__svg [data-event-id]:not(.dl-timeline__event--selected)" : ".dl-map [data-actor-id]";
      await page.locator(other).first().focus();
      await screenshot(page, `forced-colors-${scheme}-${width}`);
      const drawn = await page.evaluate((other) => {
        const root = document.querySelector("[data-dateline-story]").shadowRoot;
        const canvas = getComputedStyle(root.querySelector(".dl-widget")).backgroundColor;
        const paint = (selector, property) => {
          const element = root.querySelector(selector);
          return element ? getComputedStyle(element).getPropertyValue(property) : "missing";
        };
        return {
          canvas,
          mark: paint(".dl-timeline__event:not(.dl-timeline__event--selected) .dl-mark, .dl-timeline__dot", "stroke"),
          markBorder: paint(".dl-timeline__dot", "border-top-color"),
          edge: paint(".dl-relation__line", "stroke"),
          arrow: paint(".dl-relation__arrow", "fill"),
          actor: paint(".dl-actor__shape", "fill"),
          label: paint(".dl-actor__label", "fill"),
          ring: paint(`${other}:focus .dl-hit`, "stroke"),
          selected: paint(".dl-timeline__event--selected .dl-mark, .dl-timeline__row[aria-pressed=true]", "stroke"),
          selectedRow: paint(".dl-timeline__row[aria-pressed=true]", "border-top-color"),
          pressed: paint('.dl-switch__option[aria-pressed="true"]', "background-color"),
          unpressed: paint('.dl-switch__option[aria-pressed="false"]', "background-color"),
        };
      }, other);
      const invisible = (colour) => !colour || colour === "none" || colour === "missing" || colour === "transparent" || /rgba\(.*, 0\)$/.test(colour) || colour === drawn.canvas;
      const parts = width >= 600 ? ["mark", "edge", "arrow", "actor", "label", "ring", "selected"] : ["markBorder", "edge", "arrow", "actor", "label", "ring", "selectedRow"];
      for (const part of parts) {
        assert.ok(!invisible(drawn[part]), `${part} is ${drawn[part]} on ${drawn.canvas}`);
      }
      for (const part of parts.filter((part) => !["ring"].includes(part))) {
        assert.ok(contrast(drawn[part], drawn.canvas) >= 3, `${part} (${drawn[part]}) has too little contrast with ${drawn.canvas}`);
      }
      assert.notEqual(drawn.pressed, drawn.unpressed, "the pressed view button is told apart");
      assert.ok(contrast(drawn.ring, drawn.canvas) >= 3, `the focus ring (${drawn.ring}) stands out from ${drawn.canvas}`);
      await page.context().close();
    });
  }
});

/** The live regions inside each widget on the page, counted. */
function liveRegionsPerWidget(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-dateline-story]")].map(
      (host) => host.shadowRoot.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], [role="marquee"], [role="timer"]').length,
    ),
  );
}

/** Starts recording what the widget's live regions say: every change of their text. */
function listen(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-dateline-story]").shadowRoot;
    window.said = [];
    const regions = root.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
    const last = new Map([...regions].map((region) => [region, region.textContent]));
    window.listening = new MutationObserver(() => {
      for (const region of regions) {
        const text = region.textContent;
        if (text !== last.get(region)) {
          last.set(region, text);
          if (text.trim()) window.said.push(text.trim());
        }
      }
    });
    for (const region of regions) window.listening.observe(region, { childList: true, subtree: true, characterData: true });
  });
}

describe("what screen readers hear", () => {
  test("each widget has one live region, in every state", async () => {
    const counts = {};
    for (const state of states.filter(([name]) => !name.startsWith("2,000"))) {
      const page = await reach(state);
      counts[state[0]] = await liveRegionsPerWidget(page);
      await page.context().close();
    }
    for (const [name, perWidget] of Object.entries(counts)) {
      assert.ok(perWidget.length > 0 && perWidget.every((count) => count === 1), `${name}: ${perWidget} live regions per widget`);
    }
  });

  test("a step is announced once, with its position", async () => {
    const page = await open(1280);
    await listen(page);
    await page.getByRole("button", { name: "Next →" }).click();
    await page.locator(".dl-steps__status", { hasText: "1 of 6" }).waitFor();
    await settled(page);
    await page.getByRole("button", { name: "Next →" }).click();
    await page.locator(".dl-steps__status", { hasText: "2 of 6" }).waitFor();
    await settled(page);
    const said = await page.evaluate(() => window.said);
    assert.equal(said.length, 2, `heard ${JSON.stringify(said)}`);
    assert.match(said[0], /^1 of 6: The Taliban take power in Afghanistan$/);
    assert.match(said[1], /^2 of 6: /);
    await page.context().close();
  });

  test("selecting an actor is announced once, by name", async () => {
    const page = await open(1280);
    await listen(page);
    await page.locator('.dl-map [data-actor-id="caroline-rose"]').click();
    await page.locator(".dl-card--pinned").waitFor();
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.said), ["Caroline Rose"]);
    await page.context().close();
  });

  test("hovering a mark says nothing", async () => {
    const page = await open(1280);
    await listen(page);
    await preview(page);
    await settled(page);
    assert.deepEqual(await page.evaluate(() => window.said), []);
    await page.context().close();
  });
});
