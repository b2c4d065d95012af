// A reader who does everything at once: random sequences of gestures (drags,
// Ctrl+wheel zooms, keys, clicks, resizes, view switches, searches, the
// map's as-of slider) on generated stories, in the release build. Nothing
// may panic or log an error, and afterwards the widget must still open a
// card (asked for by keyboard) and step through its events. A failing seed is named in the message,
// so it can be kept as a regression case (REGRESSION_SEEDS).

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { useWidgetPage } from "./browser.mjs";
import { describeStory, generateStory, random } from "./generate-story.mjs";

const STORIES = Number(process.env.DATELINE_MONKEY_STORIES ?? 20);
const GESTURES = Number(process.env.DATELINE_MONKEY_GESTURES ?? 500);
/** Seeds that once failed, run first (5018: its first event was panned out of sight). */
const REGRESSION_SEEDS = [5018];
const SEEDS = [...new Set([...REGRESSION_SEEDS, ...Array.from({ length: STORIES }, (_, i) => Number(process.env.DATELINE_MONKEY_FIRST ?? 5000) + i)])];
const stories = new Map(SEEDS.map((seed) => [seed, generateStory(seed)]));
const generated = new Map([...stories].map(([seed, story]) => [`/generated/monkey-${seed}.json`, JSON.stringify(story)]));
const { open } = useWidgetPage({ generated });

const KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Enter", " ", "Escape", "Tab", "Shift+Tab", "+", "-", "0", "n", "p", "PageUp", "PageDown"];

/** The centre of a random element of the widget matching `selector`, scrolled into view, or null. */
function somewhere(page, selector, pick) {
  return page.evaluate(
    ([selector, pick]) => {
      const root = document.querySelector("[data-dateline-story]").shadowRoot;
      const elements = [...root.querySelectorAll(selector)].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });
      const element = elements[Math.floor(pick * elements.length)];
      if (!element) return null;
      element.scrollIntoView({ block: "center", inline: "nearest" });
      const box = element.getBoundingClientRect();
      // A point inside the element and inside the window.
      const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 40), 1), innerHeight - 1);
      return { x, y };
    },
    [selector, pick],
  );
}

/** One random gesture, described for the failure message. */
async function gesture(page, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kind = pick(["drag", "wheel", "key", "key", "click", "click", "resize", "view", "search", "slider", "scroll"]);
  switch (kind) {
    case "drag": {
      const at = await somewhere(page, pick([".dl-timeline__svg", ".dl-map__svg", "[data-actor-id]"]), next());
      if (!at) return "drag (nothing to drag)";
      const [dx, dy] = [(next() - 0.5) * 600, (next() - 0.5) * 300];
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.move(at.x + dx / 2, at.y + dy / 2, { steps: 3 });
      await page.mouse.move(at.x + dx, at.y + dy, { steps: 3 });
      await page.mouse.up();
      return `drag by ${Math.round(dx)}, ${Math.round(dy)}`;
    }
    case "wheel": {
      const at = await somewhere(page, pick([".dl-timeline__svg", ".dl-map__svg"]), next());
      if (!at) return "wheel (nowhere)";
      const delta = (next() - 0.5) * pick([40, 400, 4000]);
      await page.mouse.move(at.x, at.y);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, delta);
      await page.keyboard.up("Control");
      return `Ctrl+wheel ${Math.round(delta)}`;
    }
    case "key": {
      const key = pick(KEYS);
      await page.keyboard.press(key);
      return `key ${key}`;
    }
    case "click": {
      const at = await somewhere(page, pick(["[data-event-id]", "[data-actor-id]", "[data-relation-id]", ".dl-timeline__cluster", "button", ".dl-search__option"]), next());
      if (!at) return "click (nothing)";
      await page.mouse.click(at.x, at.y);
      return `click at ${Math.round(at.x)}, ${Math.round(at.y)}`;
    }
    case "resize": {
      const width = Math.round(320 + next() * 1100);
      await page.setViewportSize({ width, height: Math.round(500 + next() * 500) });
      return `resize to ${width}`;
    }
    case "view": {
      const at = await somewhere(page, ".dl-switch__option", next());
      if (at) await page.mouse.click(at.x, at.y);
      return "view switch";
    }
    case "search": {
      const at = await somewhere(page, ".dl-search__input", 0);
      if (!at) return "search (no field)";
      await page.mouse.click(at.x, at.y);
      const text = pick(["", "a", "the", "ال", "王", "2021", "zz", "é", "Ab"]);
      await page.keyboard.press("Control+A");
      await page.keyboard.type(text);
      if (next() < 0.5) await page.keyboard.press(pick(["ArrowDown", "Enter", "Escape"]));
      return `search "${text}"`;
    }
    case "slider": {
      const moved = await page.evaluate((fraction) => {
        const slider = document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-map__slider");
        if (!slider) return false;
        const [min, max] = [Number(slider.min), Number(slider.max)];
        slider.value = String(Math.round(min + fraction * (max - min)));
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        return true;
      }, next());
      return moved ? "as-of slider" : "slider (none)";
    }
    default: {
      await page.mouse.wheel(0, (next() - 0.5) * 1200);
      return "page scroll";
    }
  }
}

describe("a reader doing everything at once", () => {
  for (const seed of SEEDS) {
    const story = stories.get(seed);
    test(`${GESTURES} random gestures on story ${seed} (${describeStory(story)})`, { timeout: 300_000 }, async () => {
      const next = random(seed);
      const page = await open(Math.round(320 + next() * 1100), {
        story: `/generated/monkey-${seed}.json`,
        beforeLoad: async (page) => {
          // The reader stays on the page: Enter or a click on a link (the
          // page footer's, or a card's source, which opens a tab) would leave
          // it for another page, or put it in the background, where the
          // browser draws a frame a second and every gesture waits for one.
          await page.addInitScript(() =>
            document.addEventListener(
              "click",
              (event) => event.composedPath().some((node) => node instanceof HTMLAnchorElement && node.href) && event.preventDefault(),
              true,
            ),
          );
          if (process.env.DATELINE_MONKEY_LOG) {
            await page.addInitScript(() => {
              window.__long = [];
              new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.__long.push(Math.round(entry.duration)))).observe({ entryTypes: ["longtask"] });
            });
          }
        },
      });
      const done = [];
      for (let i = 0; i < GESTURES; i += 1) {
        const started = Date.now();
        done.push(await gesture(page, next));
        if (process.env.DATELINE_MONKEY_LOG && Date.now() - started > 1000) {
          const long = await page.evaluate(() => { const l = window.__long ?? []; window.__long = []; return l; });
          console.log(`slow: ${done.at(-1)} took ${Date.now() - started} ms after ${done.slice(-4, -1).join("; ")}; long tasks ${JSON.stringify(long)}`);
        }
        const errors = page.consoleProblems.filter((problem) => !problem.startsWith("warning"));
        assert.deepEqual(errors, [], `seed ${seed}, after ${i + 1} gestures (last: ${done.slice(-5).join("; ")})`);
      }
      // Afterwards the widget still answers: a card opens, and the steps walk the events.
      await page.keyboard.press("Escape");
      await page.setViewportSize({ width: 1280, height: 900 });
      const root = page.locator("[data-dateline-story]");
      // Then a card opens for an event or actor that is not selected (a second
      // selection would close its card), asked for by keyboard: focus and
      // Enter, as a reader without a pointer does. (A click was tried here and
      // failed under load: after pans, drags and the resize above, the map
      // and the page kept moving under the pointer between aim and click.)
      const item = root.locator(".dl-timeline [data-event-id][aria-pressed='false'], .dl-map [data-actor-id][aria-pressed='false']").first();
      if (await item.count()) {
        await item.focus();
        await page.keyboard.press("Enter");
        await root.locator(".dl-card").first().waitFor({ timeout: 5_000 });
      }
      const status = root.locator(".dl-steps__status");
      const next_ = root.locator(".dl-steps .dl-button").nth(1);
      if ((await next_.count()) && (await next_.isEnabled())) {
        const before = await status.textContent();
        await next_.click();
        await page.waitForFunction(
          (before) => document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-steps__status")?.textContent !== before,
          before,
          { timeout: 5_000 },
        );
      }
      if (process.env.DATELINE_MONKEY_LOG) console.log(done.join("\n"));
      assert.deepEqual(page.consoleProblems.filter((problem) => !problem.startsWith("warning")), []);
      await page.context().close();
    });
  }
});
