// End-to-end tests of embedding: the inline snippet, several widgets on one
// page, isolation from the host page's CSS, and the JavaScript API.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { focusedData, screenshot, seed, seriousAxeViolations, useWidgetPage, waitForWidgets } from "./browser.mjs";

const { open } = useWidgetPage();

/** A locator inside the widget mounted on `#id`. */
const inside = (page, id, selector) => page.locator(`#${id}`).locator(selector);

describe("the inline snippet", () => {
  test("mounts every data-dateline-story element with its options, each on its own", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    assert.equal(await inside(page, "first", ".dl-timeline").count(), 1, "the first shows both views");
    assert.equal(await inside(page, "first", ".dl-map").count(), 1);
    assert.equal(await inside(page, "second", ".dl-timeline").count(), 0, "the second shows only the map");
    assert.equal(await inside(page, "second", ".dl-map").count(), 1);
    assert.equal(await inside(page, "second", ".dl-widget.dl-theme--dark").count(), 1, "the second is dark");
    assert.equal(await inside(page, "second", ".dl-widget").getAttribute("lang"), "en-GB", "the second's language is set by its page");
    assert.equal(await inside(page, "first", ".dl-widget").getAttribute("lang"), "en", "the first keeps the story's language");
    assert.equal(await inside(page, "second", '[data-actor-id="china"]').getAttribute("aria-pressed"), "true", "the second starts with China selected");
    assert.equal(await inside(page, "first", '[aria-pressed="true"][data-actor-id]').count(), 0, "the first is not affected");
    assert.equal(await page.evaluate(() => document.querySelectorAll(".dl-widget").length), 0, "the widgets' classes stay out of the page's tree");
    await screenshot(page, "embed-two-instances-1280");
    assert.deepEqual(page.consoleProblems, []);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });

  test("keys act only on the instance that has focus", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    await inside(page, "first", '[data-event-id="taliban-takeover"]').focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await focusedData(page, "eventId"), "gharwal-accredited");
    await page.keyboard.press("n");
    assert.match(await inside(page, "first", ".dl-steps__status").textContent(), /^1 of 6/);
    assert.equal(await inside(page, "second", '[data-actor-id="china"]').getAttribute("aria-pressed"), "true", "the other keeps its selection");
    await page.context().close();
  });

  test("mounts a story element added after the page loaded", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    await page.evaluate(() => {
      const late = document.createElement("div");
      late.id = "late";
      late.dataset.datelineStory = "/stories/russia-taliban-2022.json";
      late.dataset.datelineView = "text";
      document.body.append(late);
    });
    // It loads as the reader comes near it, at the end of the page.
    await waitForWidgets(page);
    await inside(page, "late", ".dl-text").waitFor();
    assert.ok((await inside(page, "late", ".dl-text").textContent()).includes(seed.quotes[0].text));
    await page.context().close();
  });
  test("a host hidden and shown again, as a closed tab is, keeps its layout and selection", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const mark = inside(page, "first", '[data-event-id="gharwal-accredited"]');
    await mark.focus();
    await page.keyboard.press("Enter");
    await inside(page, "first", ".dl-card--pinned").waitFor();
    const element = await mark.elementHandle();
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.evaluate(() => (document.getElementById("first").hidden = true));
    await frames();
    assert.equal(await inside(page, "first", ".dl-widget").isVisible(), false, "the page can hide its widget");
    assert.equal(await inside(page, "first", ".dl-timeline__list").count(), 0, "a hidden widget is not laid out for a width of zero");
    await page.evaluate(() => (document.getElementById("first").hidden = false));
    await frames();
    assert.ok(await element.evaluate((element) => element.isConnected), "the mark the reader chose was not drawn again");
    assert.equal(await inside(page, "first", ".dl-card--pinned").count(), 1, "the card stays pinned");
    assert.equal(await mark.getAttribute("aria-pressed"), "true");
    await page.context().close();
  });
});

describe("loading", () => {
  test("asks for the story file while the module is still downloading", async () => {
    let release;
    const storyRequested = new Promise((resolve) => (release = resolve));
    let askedWhileHeld;
    const page = await open(1280, {
      beforeLoad: async (page) => {
        await page.route("**/*.json", (route) => {
          release();
          return route.continue();
        });
        // The module is held until the story is asked for, or for three seconds.
        await page.route("**/dateline-core_bg.wasm", async (route) => {
          const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 3000));
          askedWhileHeld = await Promise.race([storyRequested.then(() => true), timeout]);
          await route.continue();
        });
      },
    });
    assert.equal(askedWhileHeld, true, "the story was asked for before the module arrived");
    assert.ok(await page.locator(".dl-timeline [data-event-id]").first().isVisible());
    await page.context().close();
  });
});

describe("isolation", () => {
  test("a hostile page stylesheet leaves the widget's geometry as it is on a plain page", async () => {
    const geometry = async (page) => {
      const box = await inside(page, "first", ".dl-widget").boundingBox();
      const button = await inside(page, "first", ".dl-switch__option").first().boundingBox();
      return { width: box.width, height: box.height, button: button.height };
    };
    const plain = await open(1280, { path: "/pages/embed.html" });
    const hostile = await open(1280, { path: "/pages/hostile.html" });
    const [a, b] = [await geometry(plain), await geometry(hostile)];
    assert.ok(Math.abs(a.width - b.width) <= 4 && Math.abs(a.button - b.button) <= 4, `plain ${JSON.stringify(a)} vs hostile ${JSON.stringify(b)}`);
    assert.ok(Math.abs(a.height - b.height) <= 0.02 * a.height, `plain ${JSON.stringify(a)} vs hostile ${JSON.stringify(b)}`);
    await screenshot(hostile, "embed-hostile-css-1280");
    await plain.context().close();
    await hostile.context().close();
  });
});

describe("theming", () => {
  test("custom properties set on the widget's element restyle it; the font comes from the page", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    await page.evaluate(() => {
      const host = document.getElementById("first");
      host.style.setProperty("--dl-background", "rgb(1, 2, 3)");
      document.body.style.fontFamily = "monospace";
    });
    const style = await inside(page, "first", ".dl-widget").evaluate((widget) => {
      const computed = getComputedStyle(widget);
      return { background: computed.backgroundColor, font: computed.fontFamily };
    });
    assert.deepEqual(style, { background: "rgb(1, 2, 3)", font: "monospace" });
    await page.context().close();
  });
});

describe("the JavaScript API", () => {
  test("mount() takes a story object, selects on request and destroy() removes everything", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const result = await page.evaluate(async (story) => {
      const { mount } = await import("/dateline.js");
      const host = document.createElement("section");
      host.id = "api";
      document.body.append(host);
      const handle = await mount(host, { story, view: "timeline", load: "eager" });
      handle.select("event:gharwal-accredited");
      await new Promise((resolve) => setTimeout(resolve, 50));
      const pressed = host.shadowRoot.querySelector('[data-event-id="gharwal-accredited"]').getAttribute("aria-pressed");
      handle.destroy();
      return { pressed, left: host.shadowRoot.childElementCount, sheets: host.shadowRoot.adoptedStyleSheets.length };
    }, seed);
    assert.deepEqual(result, { pressed: "true", left: 0, sheets: 0 });
    await page.context().close();
  });

  test("show() draws an edited story in place of the one shown, without a loading line, keeping the selection", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const result = await page.evaluate(async (story) => {
      const { mount } = await import("/dateline.js");
      const host = document.createElement("section");
      host.id = "api";
      document.body.append(host);
      const handle = await mount(host, { story, view: "timeline", load: "eager" });
      handle.select("event:gharwal-accredited");
      let loadingShown = false;
      new MutationObserver(() => {
        loadingShown ||= host.shadowRoot.querySelector(".dl-widget--loading") !== null;
      }).observe(host.shadowRoot, { childList: true, subtree: true });
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await frames();
      const edited = structuredClone(story);
      edited.events.find((event) => event.id === "gharwal-accredited").title = "An edited title";
      handle.show(edited);
      await frames();
      const event = host.shadowRoot.querySelector('[data-event-id="gharwal-accredited"]');
      const shown = { title: host.shadowRoot.textContent.includes("An edited title"), pressed: event?.getAttribute("aria-pressed"), loadingShown };
      // A story whose events are thirty years later is shown whole, not through the old window.
      const drawnEvents = () => host.shadowRoot.querySelectorAll(".dl-timeline [data-event-id]").length;
      const drawnBefore = drawnEvents();
      const later = structuredClone(edited);
      const addYears = (date) => date?.replace(/^\d{4}/, (year) => String(Number(year) + 30));
      for (const event of later.events) Object.assign(event, { date: addYears(event.date), ...(event.end ? { end: addYears(event.end) } : {}) });
      later.meta.published = addYears(later.meta.published);
      handle.show(later);
      await frames();
      await frames();
      shown.drawnLater = drawnEvents() === drawnBefore && drawnBefore > 0;
      handle.show("{ not a story");
      await frames();
      const refused = host.shadowRoot.querySelector("[role=alert]")?.textContent ?? "";
      handle.show(story);
      await frames();
      const back = host.shadowRoot.textContent.includes(story.events[0].title) && !host.shadowRoot.querySelector("[role=alert]");
      handle.destroy();
      return { ...shown, refused, back };
    }, seed);
    assert.deepEqual({ ...result, refused: undefined }, { title: true, pressed: "true", loadingShown: false, drawnLater: true, refused: undefined, back: true });
    assert.match(result.refused, /the story object/);
    await page.context().close();
  });

  test("mount() rejects with the reason for a story that cannot be loaded, and the box says so", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const message = await page.evaluate(async () => {
      const { mount } = await import("/dateline.js");
      const host = document.createElement("section");
      host.id = "missing";
      document.body.append(host);
      try {
        await mount(host, { src: "/stories/no-such-story.json", load: "eager" });
        return "resolved";
      } catch (error) {
        return error.message;
      }
    });
    assert.match(message, /no file at this address \(404 Not Found\)/);
    assert.match(await inside(page, "missing", "[role=alert]").textContent(), /no-such-story\.json/);
    assert.equal(await inside(page, "first", "[role=alert]").count(), 0, "other widgets are unaffected");
    await page.context().close();
  });
});

describe("the self-sizing iframe", () => {
  test("posts its height in pym.js and Datawrapper formats, and again when the view changes", async () => {
    const page = await open(1280, { path: "/pages/iframe-host.html" });
    await page.waitForFunction(() => window.heights.length > 0 && window.pym);
    const frame = page.frameLocator("#frame");
    await frame.locator(".dl-timeline").waitFor();
    await page.waitForFunction(() => Math.abs(parseFloat(document.getElementById("frame").style.height) - document.getElementById("frame").contentDocument.documentElement.getBoundingClientRect().height) < 2);
    const before = await page.evaluate(() => parseFloat(document.getElementById("frame").style.height));
    assert.match(await page.evaluate(() => window.pym), /^pymxPYMxframexPYMxheightxPYMx\d+$/);
    await frame.getByRole("button", { name: "Text", exact: true }).click();
    await page.waitForFunction((before) => parseFloat(document.getElementById("frame").style.height) !== before, before);
    const after = await page.evaluate(() => parseFloat(document.getElementById("frame").style.height));
    assert.notEqual(after, before, "the height follows the view");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});

describe("the demo news page", () => {
  for (const width of [320, 375, 768, 1280]) {
    test(`shows the article with the widget after the fourth paragraph and a map further down at ${width} px`, async () => {
      const page = await open(width, { path: "/article.html" });
      const order = await page.$$eval("article > *", (nodes) => nodes.map((node) => node.id || node.tagName.toLowerCase()));
      const paragraphsBefore = order.slice(0, order.indexOf("explainer")).filter((tag) => tag === "p").length;
      assert.equal(paragraphsBefore, 5, "the widget follows the fourth paragraph of the article (after the byline)");
      assert.equal(await inside(page, "who", ".dl-map").count(), 1);
      assert.equal(await inside(page, "who", ".dl-timeline").count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      if (width === 375 || width === 1280) await screenshot(page, `demo-article-${width}`);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("has no serious or critical axe-core violations", async () => {
    const page = await open(1280, { path: "/article.html" });
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });
});
