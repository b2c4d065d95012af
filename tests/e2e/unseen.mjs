// What the widget promises for any story, read from a page as a reader's
// browser draws it: each function returns the broken promises as readable
// lines (empty when all hold), so tests over many generated stories can
// count them and name the worst.

import { focusedData, focusedDataAfter } from "./browser.mjs";

/** The widget's shadow root on a page with one widget. */
const ROOT = () => document.querySelector("[data-dateline-story]").shadowRoot;

/**
 * The actor map: every actor's label visible and inside the map, no label
 * over another label or over another actor's mark.
 */
export function mapProblems(page) {
  return page.evaluate((rootSource) => {
    const root = new Function(`return (${rootSource})()`)();
    const map = root.querySelector(".dl-map__svg");
    if (!map) return [];
    const box = map.getBoundingClientRect();
    const actors = [...root.querySelectorAll(".dl-map [data-actor-id]")].map((node) => {
      const mark = node.querySelector(".dl-actor__shape").getBoundingClientRect();
      const label = node.querySelector(".dl-actor__label");
      return {
        id: node.dataset.actorId,
        mark: { x: mark.left + mark.width / 2, y: mark.top + mark.height / 2, r: Math.min(mark.width, mark.height) / 2 },
        label: label.getBoundingClientRect(),
        text: label.textContent,
      };
    });
    // Text boxes hold the font's whole line height and the letters' side
    // bearings, not only ink: two px of them may meet before letters touch.
    const intersect = (a, b) => a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2;
    const touches = (rect, { x, y, r }) => {
      const nx = Math.max(rect.left, Math.min(x, rect.right));
      const ny = Math.max(rect.top, Math.min(y, rect.bottom));
      return (nx - x) ** 2 + (ny - y) ** 2 < (r - 0.5) ** 2;
    };
    const problems = [];
    for (const actor of actors) {
      if (!actor.text.trim() || actor.label.width === 0) problems.push(`map: ${actor.id} has no label`);
      else if (actor.label.left < box.left - 2 || actor.label.right > box.right + 2 || actor.label.top < box.top - 2 || actor.label.bottom > box.bottom + 2) {
        const out = Math.max(box.left - actor.label.left, actor.label.right - box.right, box.top - actor.label.top, actor.label.bottom - box.bottom);
        problems.push(`map: ${actor.id}'s label "${actor.text}" leaves the map by ${Math.round(out)} px`);
      }
    }
    for (const [i, a] of actors.entries()) {
      for (const b of actors.slice(i + 1)) if (intersect(a.label, b.label)) problems.push(`map: the labels of ${a.id} and ${b.id} overlap ("${a.text}", "${b.text}")`);
      for (const b of actors) if (b !== a && touches(a.label, b.mark)) problems.push(`map: ${a.id}'s label covers ${b.id}'s mark`);
    }
    return problems;
  }, ROOT.toString());
}

/**
 * The timeline: no two titles overlap, and no title is cut with "…" while
 * it would fit whole on two lines beside its mark, on either side, in the
 * room its row leaves, measured in the font it is drawn in (`titles` maps
 * each event's id to its whole title).
 */
export function timelineProblems(page, titles) {
  return page.evaluate(
    ([rootSource, titles]) => {
      const root = new Function(`return (${rootSource})()`)();
      const timeline = root.querySelector(".dl-timeline__svg");
      if (!timeline) return [];
      const box = timeline.getBoundingClientRect();
      const marks = [...root.querySelectorAll(".dl-timeline [data-event-id]")].map((node) => {
        const title = node.querySelector(".dl-timeline__label");
        return { id: node.dataset.eventId, title: title?.getBoundingClientRect(), text: title?.textContent ?? "", mark: node.querySelector(".dl-mark")?.getBoundingClientRect() };
      });
      const intersect = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const problems = [];
      const titled = marks.filter((mark) => mark.title && mark.title.width > 0);
      for (const [i, a] of titled.entries()) {
        for (const b of titled.slice(i + 1)) if (intersect(a.title, b.title)) problems.push(`timeline: the titles of ${a.id} and ${b.id} overlap`);
      }
      // The narrowest a whole title can be on at most two lines, measured in
      // the font it is drawn in: split after a space, or anywhere in a
      // script written without spaces.
      const context = document.createElement("canvas").getContext("2d");
      const narrowest = (title, label) => {
        const style = getComputedStyle(label);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const width = (text) => context.measureText(text.trim()).width;
        const letters = [...title];
        let best = width(title);
        for (let at = 1; at < letters.length; at += 1) {
          const spaced = letters[at - 1] === " " || letters[at] === " ";
          const unspaced = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(letters[at - 1] + letters[at]);
          if (spaced || unspaced) best = Math.min(best, Math.max(width(letters.slice(0, at).join("")), width(letters.slice(at).join(""))));
        }
        return best;
      };
      for (const cut of titled.filter((mark) => mark.text.endsWith("…") && mark.mark)) {
        const row = titled.filter((other) => other !== cut && other.title.top < cut.title.bottom && cut.title.top < other.title.bottom);
        const rightEdge = Math.min(box.right, ...row.filter((other) => other.title.left >= cut.mark.right).map((other) => other.title.left));
        const leftEdge = Math.max(box.left, ...row.filter((other) => other.title.right <= cut.mark.left).map((other) => other.title.right));
        const room = Math.max(rightEdge - cut.mark.right, cut.mark.left - leftEdge);
        // The layout measures titles in the font drawn, so a cut is a fault
        // with a tenth more room than the title needs on two lines, and the
        // gaps before the mark and the edge.
        const label = root.querySelector(`.dl-timeline [data-event-id="${CSS.escape(cut.id)}"] .dl-timeline__label`);
        const needed = narrowest(titles[cut.id] ?? "", label);
        if (room > needed * 1.1 + 12) problems.push(`timeline: ${cut.id}'s title is cut with ${Math.round(room)} px beside it, ${Math.round(needed)} px would do`);
      }
      return problems;
    },
    [ROOT.toString(), titles],
  );
}

/**
 * Accessible names: each mark's name starts with the text it shows (WCAG
 * 2.5.3, so speech input can name it).
 */
export function nameProblems(page) {
  return page.evaluate((rootSource) => {
    const root = new Function(`return (${rootSource})()`)();
    const problems = [];
    const check = (node, shown) => {
      const name = node.getAttribute("aria-label") ?? "";
      // Compared without spaces: a title's lines join with a space, or with none between ideographs.
      const bare = (text) => text.replace(/[\s\u200b]+/g, "").toLowerCase();
      const visible = shown.replace(/…$/, "").trim();
      if (visible && !bare(name).startsWith(bare(visible))) problems.push(`name: "${name.slice(0, 60)}" does not start with "${visible.slice(0, 40)}"`);
    };
    for (const node of root.querySelectorAll(".dl-map [data-actor-id]")) check(node, node.querySelector(".dl-actor__label")?.textContent ?? "");
    for (const node of root.querySelectorAll(".dl-timeline [data-event-id]")) check(node, node.querySelector(".dl-timeline__label")?.textContent ?? "");
    return problems;
  }, ROOT.toString());
}

/** Whether the page scrolls sideways. */
export async function scrollProblems(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return overflow > 0 ? [`page: scrolls ${overflow} px sideways`] : [];
}

/**
 * The keyboard reaches every item: Tab comes to the timeline, whose arrow
 * keys then visit every event (walked in stories of up to `most` events, to
 * keep the walk short), and on to the map, where every actor drawn can take
 * focus (the map's arrow keys, which move to the nearest actor on a side,
 * are shown to reach every actor by the native tests; a relation is reached
 * from the card of either of its actors, and in the text view).
 */
export async function keyboardProblems(page, story, most = 60) {
  const problems = [];
  let first;
  for (let presses = 0; presses < 40 && !first; presses += 1) {
    await page.keyboard.press("Tab");
    first = await focusedData(page, "eventId");
  }
  if (story.events.length && !first) return ["keyboard: Tab never reaches the timeline"];
  if (first && story.events.length <= most) {
    const visited = new Set([first]);
    let at = first;
    for (let step = 1; step < story.events.length; step += 1) {
      at = await focusedDataAfter(page, "ArrowRight", "eventId", at);
      visited.add(at);
    }
    const missed = story.events.filter((event) => !visited.has(event.id));
    if (missed.length) problems.push(`keyboard: the arrow keys never reach ${missed.length} events (${missed.slice(0, 3).map((event) => event.id).join(", ")})`);
  }
  const drawnActors = await page.evaluate((rootSource) => new Function(`return (${rootSource})()`)().querySelectorAll(".dl-map [data-actor-id]").length, ROOT.toString());
  if (drawnActors) {
    let actor;
    for (let presses = 0; presses < 40 && !actor; presses += 1) {
      await page.keyboard.press("Tab");
      actor = await focusedData(page, "actorId");
    }
    if (!actor) problems.push("keyboard: Tab never reaches the map");
  }
  const unfocusable = await page.evaluate((rootSource) => {
    const root = new Function(`return (${rootSource})()`)();
    return [...root.querySelectorAll(".dl-map [data-actor-id]")].filter((node) => !node.hasAttribute("tabindex")).map((node) => node.dataset.actorId);
  }, ROOT.toString());
  if (unfocusable.length) problems.push(`keyboard: ${unfocusable.length} actors cannot take focus (${unfocusable.slice(0, 3).join(", ")})`);
  return problems;
}
