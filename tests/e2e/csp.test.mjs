// End-to-end tests under a strict Content-Security-Policy, served with every
// response: every page that hosts Dateline works with zero violations.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { useWidgetPage } from "./browser.mjs";

const { open } = useWidgetPage({ csp: true });

/** Opens `path` recording every CSP violation the page reports. */
async function openRecording(width, path) {
  return open(width, {
    path,
    beforeLoad: (page) =>
      page.addInitScript(() => {
        window.violations = [];
        document.addEventListener("securitypolicyviolation", (event) =>
          window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
        );
      }),
  });
}

describe("a strict Content-Security-Policy", () => {
  const pages = [
    ["the standalone page", "/", ".dl-timeline"],
    ["the demo news page", "/article.html", ".dl-map"],
    ["an inline embed with a fixed height", "/pages/csp-inline.html", ".dl-timeline"],
  ];
  for (const [name, path, shown] of pages) {
    test(`${name} works with no violations`, async () => {
      const page = await openRecording(1280, path);
      await page.locator(shown).first().waitFor();
      await page.locator("[data-event-id], [data-actor-id]").first().click();
      await page.waitForTimeout(100);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("the fixed height is applied through the CSSOM", async () => {
    const page = await openRecording(1280, "/pages/csp-inline.html");
    const height = await page.locator("#boxed").locator(".dl-widget").evaluate((widget) => widget.getBoundingClientRect().height);
    assert.ok(Math.abs(height - 420) < 1, `the widget is ${height} px tall`);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.context().close();
  });

  test("the iframe page works with no violations", async () => {
    const page = await openRecording(1280, "/embed.html?story=stories/russia-taliban-2022.json");
    await page.locator("#dateline").locator(".dl-timeline").waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});
