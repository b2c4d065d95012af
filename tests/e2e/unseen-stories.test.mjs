// The widget's promises held on stories nobody here wrote: generated
// stories (tests/e2e/generate-story.mjs), drawn by the release build at
// four widths as a reader's browser draws them (the keyboard at two of them), and every other one checked
// with axe at a phone width and a desktop width.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { allAxeViolations, useWidgetPage } from "./browser.mjs";
import { describeStory, generateStory } from "./generate-story.mjs";
import { keyboardProblems, mapProblems, nameProblems, scrollProblems, timelineProblems } from "./unseen.mjs";

const SEEDS = Array.from({ length: Number(process.env.DATELINE_UNSEEN_STORIES ?? 24) }, (_, i) => 1000 + i);
const WIDTHS = [320, 375, 768, 1280];
const stories = new Map(SEEDS.map((seed) => [seed, generateStory(seed)]));
const generated = new Map([...stories].map(([seed, story]) => [`/generated/story-${seed}.json`, JSON.stringify(story)]));
/** A page in a narrow font the estimates know nothing of, with wide spacing and capitals the widget must not take. */
const NARROW_FONT = "Liberation Sans Narrow";
const NARROW_SEEDS = SEEDS.slice(0, 6);
for (const seed of NARROW_SEEDS) {
  generated.set(
    `/generated/narrow-font-${seed}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A page in a narrow font</title><script type="module" src="/dateline.js"></script>
  <style>body { font-family: "${NARROW_FONT}", sans-serif; letter-spacing: 0.25em; word-spacing: 0.5em; text-transform: uppercase; }</style></head>
  <body><h1>A page in a narrow font</h1><div data-dateline-story="/generated/story-${seed}.json"></div></body></html>`,
  );
}
const { open } = useWidgetPage({ generated });

describe("generated stories", () => {
  test(`keep every promise at ${WIDTHS.join(", ")} px`, { timeout: 1_200_000 }, async () => {
    const found = new Map();
    for (const seed of SEEDS) {
      for (const width of WIDTHS) {
        const page = await open(width, { story: `/generated/story-${seed}.json` });
        const problems = [
          ...(await mapProblems(page)),
          ...(await timelineProblems(page, Object.fromEntries(stories.get(seed).events.map((event) => [event.id, event.title])))),
          ...(await nameProblems(page)),
          ...(await scrollProblems(page)),
          // The keyboard, at a phone width and a desktop width (it moves focus, so after the rest).
          ...([375, 1280].includes(width) ? await keyboardProblems(page, stories.get(seed)) : []),
          // axe, on every other story, at a phone width and a desktop width, where the views differ most.
          ...(seed % 2 === 0 && [375, 1280].includes(width) ? (await allAxeViolations(page)).map((violation) => `axe: ${violation.slice(0, 300)}`) : []),
          ...page.consoleProblems.filter((problem) => !problem.startsWith("warning")).map((problem) => `console: ${problem.split("\n").slice(0, 3).join(" / ")}`),
        ];
        for (const problem of problems) {
          const kind = problem.slice(0, problem.indexOf(":"));
          found.set(kind, [...(found.get(kind) ?? []), `seed ${seed} (${describeStory(stories.get(seed))}) at ${width} px: ${problem}`]);
        }
        await page.context().close();
      }
    }
    for (const [kind, problems] of found) console.log(`  ${kind}: ${problems.length}\n    ${problems.slice(0, 8).join("\n    ")}`);
    assert.deepEqual([...found.values()].flat(), []);
  });

  test("measure titles and labels in the page's own font, and take none of its spacing or capitals", async () => {
    const problems = [];
    for (const seed of NARROW_SEEDS) {
      for (const width of [375, 1280]) {
        const page = await open(width, { path: `/generated/narrow-font-${seed}.html` });
        const drawn = await page.evaluate((font) => {
          const root = document.querySelector("[data-dateline-story]").shadowRoot;
          const title = root.querySelector(".dl-timeline__label, .dl-actor__label");
          if (!title) return null;
          const style = getComputedStyle(title);
          const context = document.createElement("canvas").getContext("2d");
          const width = (family) => {
            context.font = `600 12px ${family}`;
            return context.measureText("Negotiations resumed in the capital").width;
          };
          return { family: style.fontFamily, spacing: style.letterSpacing, capitals: style.textTransform, narrower: width(`"${font}"`) / width("sans-serif") };
        }, NARROW_FONT);
        if (drawn) {
          assert.ok(drawn.family.includes(NARROW_FONT), drawn.family);
          assert.ok(drawn.narrower < 0.9, `the narrow font is installed and narrower (${drawn.narrower})`);
          assert.deepEqual([drawn.spacing, drawn.capitals], ["normal", "none"]);
        }
        const titles = Object.fromEntries(stories.get(seed).events.map((event) => [event.id, event.title]));
        for (const problem of [...(await mapProblems(page)), ...(await timelineProblems(page, titles))]) problems.push(`seed ${seed} at ${width} px: ${problem}`);
        await page.context().close();
      }
    }
    assert.deepEqual(problems, []);
  });
});
