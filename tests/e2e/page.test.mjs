// End-to-end tests of the release build's standalone page, as a reader meets it.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, seed, useWidgetPage } from "./browser.mjs";


const { open, serverUrl } = useWidgetPage();

describe("the seed story page", () => {
  for (const width of [375, 1280]) {
    test(`shows the title, source line and every event at ${width} px`, async () => {
      const page = await open(width);
      assert.equal(await page.textContent(".dl-header__title"), seed.meta.title);
      assert.match(await page.textContent(".dl-header__source"), /The New Arab.*Giorgio Cafiero.*18 April 2022/);
      const shown = await page.$$eval("[data-event-id]", (items) => items.map((item) => item.dataset.eventId));
      assert.deepEqual(new Set(shown), new Set(seed.events.map((event) => event.id)));
      await screenshot(page, `seed-page-${width}`);
      assert.deepEqual(page.consoleProblems, [], "the page logs no console errors or warnings");
      await page.context().close();
    });
  }

  test("has no serious or critical axe-core violations", async () => {
    const page = await open(1280);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });

  test("requests nothing but its own assets and its story", async () => {
    const outside = [];
    const page = await open(1280, {
      beforeLoad: (page) => page.on("request", (request) => {
        if (!request.url().startsWith(serverUrl())) outside.push(request.url());
      }),
    });
    assert.deepEqual(outside, []);
    await page.context().close();
  });
});

describe("a story file that cannot be read", () => {
  const cases = [
    ["is missing", "/stories/no-such-story.json", /no file at this address \(404 Not Found\)/],
    ["is unreachable", "http://127.0.0.1:9/story.json", /could not be reached/],
    ["is not JSON", "/fixtures/bad/not-json.txt", /not valid JSON: .* at line 1, column 1/],
  ];
  for (const [what, story, reason] of cases) {
    test(`shows what failed and for which file, in the widget's box, when it ${what}`, async () => {
      const page = await open(1280, { story });
      const alert = page.locator("[data-dateline-story] [role=alert]");
      assert.match(await alert.textContent(), reason);
      assert.match(await alert.textContent(), new RegExp(story.replaceAll(/[.?/]/g, "\\$&")));
      assert.ok(await page.locator("noscript").count(), "the rest of the page is intact");
      assert.deepEqual(await seriousAxeViolations(page), []);
      await page.context().close();
    });
  }
});
