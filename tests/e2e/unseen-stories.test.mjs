// The widget's promises held on stories nobody here wrote: generated
// stories (tests/e2e/generate-story.mjs), drawn by the release build at
// four widths as a reader's browser draws them, and every other one checked
// with axe at a phone width and a desktop width.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { allAxeViolations, useWidgetPage } from "./browser.mjs";
import { describeStory, generateStory } from "./generate-story.mjs";
import { mapProblems, nameProblems, scrollProblems, timelineProblems } from "./unseen.mjs";

const SEEDS = Array.from({ length: Number(process.env.DATELINE_UNSEEN_STORIES ?? 24) }, (_, i) => 1000 + i);
const WIDTHS = [320, 375, 768, 1280];
const stories = new Map(SEEDS.map((seed) => [seed, generateStory(seed)]));
const generated = new Map([...stories].map(([seed, story]) => [`/generated/story-${seed}.json`, JSON.stringify(story)]));
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
});
