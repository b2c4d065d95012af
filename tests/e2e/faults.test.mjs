// End-to-end tests of fault containment on the release build: a fault stays
// in its widget, stories spanning decades survive every gesture, story
// objects and iframe links go through the same limits as files, misbehaving
// servers end in a message, and the host page keeps its URL and history.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { openPage, screenshot, seed, useWidgetPage, waitForWidgets } from "./browser.mjs";

const { open, server, browser, serverUrl } = useWidgetPage();

/** A locator inside the widget mounted on `#id`. */
const inside = (page, id, selector) => page.locator(`#${id}`).locator(selector);

/** The text of the alert in the widget on `#id`, once it shows. */
async function alertOf(page, id) {
  const alert = inside(page, id, "[role=alert]");
  await alert.waitFor();
  return alert.textContent();
}

describe("a fault inside one widget", () => {
  test("replaces that widget's box with the reason and leaves the others working, also ones mounted later", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const thrown = await page.evaluate(async () => {
      const { faultForTests } = await import("/dateline.js");
      try {
        faultForTests(document.getElementById("first"));
        return "nothing was thrown";
      } catch (error) {
        return String(error);
      }
    });
    assert.match(thrown, /RuntimeError|unreachable/, "the fault trapped its instance");
    const text = await alertOf(page, "first");
    assert.match(text, /This story could not be shown\./);
    // The release build's panics trap without a message: the box says the widget stopped inside.
    assert.match(text, /Something went wrong inside the widget \(an internal error: .+\); the rest of the page is not affected/, "the box gives the reason");
    assert.equal(await inside(page, "first", ".dl-timeline").count(), 0, "the broken widget is gone");

    const russia = inside(page, "second", '[data-actor-id="russia"]');
    await russia.click();
    assert.equal(await russia.getAttribute("aria-pressed"), "true", "the other widget still answers clicks");
    await page.keyboard.press("Escape");
    assert.equal(await russia.getAttribute("aria-pressed"), "false", "and keys");
    // Focus leaves the other widget, and with it the card its keyboard focus
    // previews, before the widget mounted later is used.
    await page.evaluate(() => document.activeElement?.blur());

    await page.evaluate(() => {
      const late = document.createElement("div");
      late.id = "late";
      late.dataset.datelineStory = "/stories/russia-taliban-2022.json";
      document.body.append(late);
    });
    // Once it has loaded and its map has settled: the map's height follows
    // its actors, so clicking earlier can hit a page that is still moving.
    await waitForWidgets(page);
    const event = inside(page, "late", '[data-event-id="gharwal-accredited"]');
    await event.click();
    assert.equal(await event.getAttribute("aria-pressed"), "true", "a widget mounted after the fault works");
    await screenshot(page, "fault-contained-1280");
    const unexpected = page.consoleProblems.filter((line) => !/triggered on purpose|unreachable|RuntimeError/.test(line));
    assert.deepEqual(unexpected, []);
    await page.context().close();
  });
});

describe("a story whose events are decades apart", () => {
  for (const width of [1280, 700]) {
    test(`survives drags, swipes and keys while the timeline shows everything at ${width} px`, async () => {
      const page = await open(width, { story: "/fixtures/decades.json" });
      const svg = page.locator(".dl-timeline__svg");
      const box = await svg.boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.6, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
      await page.mouse.up();
      await page.locator('[data-event-id="first-crossing"]').focus();
      for (const key of ["-", "ArrowRight", "ArrowRight", "ArrowLeft", "+", "+", "-", "0", "End", "Home"]) {
        await page.keyboard.press(key);
      }
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.9, y, { steps: 5 });
      await page.mouse.up();
      const fit = page.getByRole("button", { name: "Fit the whole timeline" });
      if (await fit.isEnabled()) await fit.click();
      // Let the zoom transition end before clicking a mark it moves.
      await page.waitForTimeout(600);
      const last = page.locator('[data-event-id="last-crossing"]');
      await last.click();
      await page.waitForFunction(
        () => document.querySelector("[data-dateline-story]").shadowRoot.querySelector('[data-event-id="last-crossing"]')?.getAttribute("aria-pressed") === "true",
        null,
        { timeout: 2000 },
      );
      assert.equal(await page.locator("[role=alert]").count(), 0);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }
});

describe("mount() takes only what the file path takes", () => {
  test("a cyclic story object and one nested 10,000 deep are refused with the reason", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const outcomes = await page.evaluate(async () => {
      const { mount } = await import("/dateline.js");
      const cyclic = { version: 1, meta: {} };
      cyclic.meta.story = cyclic;
      const deep = { version: 1, meta: {} };
      let level = deep.meta;
      for (let depth = 0; depth < 10_000; depth += 1) level = level.next = {};
      const outcomes = {};
      for (const [id, story] of [["cyclic", cyclic], ["deep", deep]]) {
        const host = document.createElement("section");
        host.id = id;
        document.body.append(host);
        try {
          await mount(host, { story, load: "eager" });
          outcomes[id] = "resolved";
        } catch (error) {
          outcomes[id] = error.message;
        }
      }
      return outcomes;
    });
    assert.match(outcomes.cyclic, /refers to itself/);
    assert.match(outcomes.deep, /nested too deeply/);
    assert.match(await alertOf(page, "cyclic"), /refers to itself/);
    assert.match(await alertOf(page, "deep"), /nested too deeply/);
    const russia = inside(page, "second", '[data-actor-id="russia"]');
    await russia.click();
    assert.equal(await russia.getAttribute("aria-pressed"), "true", "nothing else on the page is harmed");
    await page.context().close();
  });
});

describe("the iframe page", () => {
  const refused = [
    "https://evil.example/story.json",
    "//evil.example/story.json",
    "/stories/russia-taliban-2022.json",
    "../fixtures/minimal.json",
    "stories/../../fixtures/minimal.json",
    "%2e%2e/fixtures/minimal.json",
    "stories\\..\\..\\fixtures\\minimal.json",
    "javascript:alert(1)",
    "data:application/json,{}",
    "",
  ];
  for (const story of refused) {
    test(`refuses ?story=${JSON.stringify(story)} with a clear message`, async () => {
      const page = await open(1280, { path: `/embed.html?story=${encodeURIComponent(story)}` });
      const message = page.locator(".dateline-refusal");
      await message.waitFor();
      assert.match(await message.textContent(), /only story files from its own folder/);
      assert.equal(await page.locator(".dl-widget").count(), 0);
      assert.ok(!server().requests.some((path) => path.includes("minimal.json") || path.includes("evil")), "nothing was fetched");
      await page.context().close();
    });
  }

  test("shows a story named by a relative path in its folder", async () => {
    const page = await open(1280, { path: "/embed.html?story=stories/russia-taliban-2022.json" });
    await page.locator("#dateline").locator(".dl-timeline").waitFor();
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});

describe("network faults end in a message", () => {
  test("a server that never finishes is abandoned after ten seconds of silence", async () => {
    const page = await open(1280, { story: "/faults/hang.json" });
    assert.match(await page.locator("[role=alert]").textContent(), /stopped sending it \(nothing arrived for 10 seconds\)/);
    await page.context().close();
  });

  test("a server that trickles a byte at a time, never silent for ten seconds, is abandoned at the minute with a message of its own", async () => {
    const hungUp = () => server().sent.get("/faults/trickle.json closed") ?? 0;
    const page = await openPage(browser(), 1280);
    // The page's clock is the test's: it moves five seconds at a time while
    // real bytes keep arriving between the moves, so the stall timer is
    // always reset in time and only the deadline can end the download.
    await page.clock.install();
    // Playwright's fake timers are numbered from 10^12, past the 32-bit
    // handles the widget keeps (browsers number theirs from 1), so a timer
    // could not be cleared: number them as browsers do.
    await page.addInitScript(() => {
      const { setTimeout: set, clearTimeout: clear } = window;
      const handles = new Map();
      let next = 1;
      window.setTimeout = (...args) => {
        handles.set(next, set(...args));
        return next++;
      };
      window.clearTimeout = (handle) => clear(handles.get(handle));
    });
    await page.goto(`${serverUrl()}/?story=${encodeURIComponent("/faults/trickle.json")}`);
    await page.locator(".dl-widget--loading").waitFor({ state: "attached" });
    const alert = page.locator("[role=alert]");
    let seconds = 0;
    while (seconds < 120 && (await alert.count()) === 0) {
      const before = server().sent.get("/faults/trickle.json");
      for (let wait = 0; wait < 50 && server().sent.get("/faults/trickle.json") === before; wait += 1) {
        await new Promise((settle) => setTimeout(settle, 20));
      }
      await page.waitForTimeout(150);
      await page.clock.runFor(5_000);
      seconds += 5;
    }
    assert.equal(await alert.count(), 1, `loading ended in a message within ${seconds} s of the page's clock`);
    assert.match(await alert.textContent(), /still sending it after 60 seconds/);
    assert.ok(seconds >= 60 && seconds <= 70, `it ended at the deadline, after ${seconds} s of the page's clock`);
    for (let tries = 0; tries < 40 && hungUp() === 0; tries += 1) await new Promise((settle) => setTimeout(settle, 50));
    assert.equal(hungUp(), 1, "the browser hung up");
    assert.ok(page.consoleProblems.some((line) => /still sending it after 60 seconds/.test(line)));
    await page.context().close();
  });

  // The module is held back, so the loader's early request for the story
  // file has time to run on while nothing reads it.
  const holdModule = (milliseconds) => (page) =>
    page.route("**/dateline-core_bg.wasm", async (route) => {
      await new Promise((settle) => setTimeout(settle, milliseconds));
      await route.continue().catch(() => {});
    });

  for (const [path, kind, message] of [
    ["/faults/50mb-announced.json", "50 MB with a Content-Length is abandoned at the 5 MB cap", /Dateline reads story files of up to 5 MB/],
    ["/faults/50mb-chunked.json", "50 MB without a Content-Length is abandoned at the 5 MB cap", /Dateline reads story files of up to 5 MB/],
    ["/faults/50mb-error.json", "an error page of 50 MB is not read", /the server answered 500/],
  ]) {
    test(kind, async () => {
      const page = await open(1280, { story: path, beforeLoad: holdModule(1500) });
      assert.match(await page.locator("[role=alert]").textContent(), message);
      await new Promise((settle) => setTimeout(settle, 200));
      const sent = server().sent.get(path);
      assert.ok(sent < 25 * 1024 * 1024, `the server sent ${sent} bytes before the browser hung up`);
      await page.context().close();
    });
  }

  /**
   * Adds a widget whose story never finishes, waits for its download to
   * start, removes the widget, and asserts the browser hung up within `seconds`.
   * Earlier tests asked for the same file, so requests and hang-ups are counted.
   * Chromium may hold an abandoned HTTP/1.1 response open for up to five
   * seconds, waiting for its end so as to reuse the connection, so `seconds`
   * is longer than that, and shorter than the ten seconds of silence after
   * which the widget would abandon the download of its own accord.
   */
  async function removeWhileDownloading(page, seconds, when) {
    const asked = () => server().requests.filter((path) => path === "/faults/hang.json").length;
    const hungUp = () => server().sent.get("/faults/hang.json closed") ?? 0;
    const [askedBefore, hungUpBefore] = [asked(), hungUp()];
    await page.evaluate(() => {
      const host = document.createElement("div");
      host.id = "hanging";
      host.dataset.datelineStory = "/faults/hang.json";
      host.dataset.datelineLoad = "eager";
      document.body.append(host);
    });
    for (let tries = 0; tries < 50 && asked() === askedBefore; tries += 1) {
      await new Promise((settle) => setTimeout(settle, 50));
    }
    assert.equal(asked(), askedBefore + 1, "the download started");
    await page.evaluate(() => document.getElementById("hanging").remove());
    for (let tries = 0; tries < seconds * 20 && hungUp() === hungUpBefore; tries += 1) {
      await new Promise((settle) => setTimeout(settle, 50));
    }
    assert.equal(hungUp(), hungUpBefore + 1, `the browser hung up within ${seconds} s${when}`);
  }

  test("removing the widget aborts its download", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    await removeWhileDownloading(page, 8, "");
    await page.context().close();
  });

  test("removing the widget before the module has arrived aborts the early download", async () => {
    // Not `open`, which waits for the page's widgets, so for the module.
    const page = await openPage(browser(), 1280);
    await holdModule(15_000)(page);
    await page.goto(`${serverUrl()}/pages/embed.html`);
    await removeWhileDownloading(page, 8, ", with the module still held");
    await page.context().close();
  });

  test("an empty data-dateline-story is a configuration error, not a fetch of the page", async () => {
    const before = server().requests.filter((path) => path === "/").length;
    const page = await open(1280, { story: "" });
    assert.match(await page.locator("[role=alert]").textContent(), /no story file was named \(data-dateline-story is empty\)/i);
    assert.equal(server().requests.filter((path) => path === "/").length, before + 1, "only the page itself was requested");
    await page.context().close();
  });
});

describe("the host page's URL and history", () => {
  test("a reader's selection keeps history.state and adds no entry; the start item writes nothing", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    assert.equal(await page.evaluate(() => location.hash), "", "the second widget's start item is not written");
    await page.evaluate(() => history.replaceState({ route: "home", scroll: 120 }, "", "#/section/2"));
    const length = await page.evaluate(() => history.length);
    await inside(page, "first", '[data-event-id="gharwal-accredited"]').click();
    const after = await page.evaluate(() => ({ state: history.state, hash: location.hash, length: history.length }));
    assert.deepEqual(after.state, { route: "home", scroll: 120 });
    assert.equal(after.length, length);
    assert.equal(after.hash, "#/section/2&dateline-first=event:gharwal-accredited");
    await page.context().close();
  });

  test("selections made through the API are not written, and data-dateline-link=off leaves the URL alone", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    await page.evaluate(() => history.replaceState({ route: "home" }, "", "#/section/2"));
    await page.evaluate(async (story) => {
      const { mount } = await import("/dateline.js");
      const host = document.createElement("section");
      host.id = "api";
      document.body.append(host);
      const widget = await mount(host, { story, view: "timeline", load: "eager" });
      widget.select("event:gharwal-accredited");
      const quiet = document.createElement("div");
      quiet.id = "quiet";
      quiet.dataset.datelineStory = "/stories/russia-taliban-2022.json";
      quiet.dataset.datelineLink = "off";
      document.body.append(quiet);
    }, seed);
    await waitForWidgets(page);
    assert.equal(await inside(page, "api", '[data-event-id="gharwal-accredited"]').getAttribute("aria-pressed"), "true");
    await inside(page, "quiet", '[data-event-id="taliban-takeover"]').click();
    assert.equal(await inside(page, "quiet", '[data-event-id="taliban-takeover"]').getAttribute("aria-pressed"), "true");
    assert.deepEqual(await page.evaluate(() => ({ hash: location.hash, state: history.state })), { hash: "#/section/2", state: { route: "home" } });
    await page.context().close();
  });

  test("ids are percent-encoded, so one story cannot write another widget's entry", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const forged = "x&dateline-first=event:forged";
    await page.evaluate(async ({ story, forged }) => {
      const { mount } = await import("/dateline.js");
      const host = document.createElement("section");
      host.id = "forger";
      document.body.append(host);
      const hostile = structuredClone(story);
      hostile.events = [{ ...story.events.find((event) => event.date), id: forged, quotes: [] }];
      hostile.relations = [];
      hostile.quotes = [];
      await mount(host, { story: hostile, view: "timeline", load: "eager" });
    }, { story: seed, forged });
    await inside(page, "forger", `[data-event-id="${forged}"]`).click();
    const hash = await page.evaluate(() => location.hash);
    assert.equal(hash, "#dateline-forger=event:x%26dateline-first%3Devent%3Aforged");
    await page.context().close();
  });
});

describe("hosts and links", () => {
  test("a figure, a list item and a table cell each get an isolated, styled widget", async () => {
    const page = await open(1280, { path: "/pages/odd-hosts.html" });
    assert.ok((await inside(page, "in-figure", ".dl-text").textContent()).includes(seed.quotes[0].text));
    assert.equal(await inside(page, "in-item", ".dl-map").count(), 1);
    assert.equal(await inside(page, "in-cell", ".dl-timeline").count(), 1);
    const background = await inside(page, "in-cell", ".dl-widget").evaluate((widget) => getComputedStyle(widget).backgroundColor);
    assert.notEqual(background, "rgba(0, 0, 0, 0)", "the stylesheet reached the widget");
    assert.equal(await page.evaluate(() => document.querySelectorAll(".dl-widget").length), 0, "the widget's tree stays out of the page's");
    await screenshot(page, "odd-hosts-1280");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("a host removed from the page takes its widget with it", async () => {
    const page = await open(1280, { path: "/pages/embed.html" });
    const left = await page.evaluate(async () => {
      const host = document.getElementById("first");
      host.remove();
      await new Promise((settle) => setTimeout(settle, 50));
      return { children: host.shadowRoot.childElementCount, sheets: host.shadowRoot.adoptedStyleSheets.length };
    });
    assert.deepEqual(left, { children: 0, sheets: 0 });
    await page.context().close();
  });

  test("the publication link opens in a new tab", async () => {
    const page = await open(1280);
    const link = page.locator(".dl-header__publication");
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.match(await link.getAttribute("rel"), /noopener/);
    await page.context().close();
  });
});
