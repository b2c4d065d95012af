// Dateline's embed script. On any page:
//
//   <script type="module" src="https://example.org/dateline/dateline.js"></script>
//   <div data-dateline-story="stories/my-story.json"></div>
//
// mounts a widget on every element with data-dateline-story, including ones
// added later, and removes the widget of an element taken out of the page.
// Pages that build their own can import { mount } from here. Every asset is
// found relative to this script, so the folder can be hosted at any path.
//
// Each widget runs in its own instance of the WebAssembly module (compiled
// once, instantiated per widget), so a fault in one widget replaces that
// widget's box with the reason and leaves every other widget working. A host
// that holds a pre-rendered widget (`dateline render`) keeps showing it until
// the live widget has loaded and laid itself out, then swaps in one frame.
//
// Nothing is fetched for a widget until its element comes within one screen
// of the viewport (data-dateline-load="eager" loads it at once), so a story
// further down a long article costs its readers nothing until they get near it.
// Meanwhile a plain host keeps a box of about the widget's height, and a
// widget arrives without moving anything the reader sees.

const SELECTOR = "[data-dateline-story]";
const PREFIX = "data-dateline-";
const WASM = new URL("dateline-core_bg.wasm", import.meta.url);
const GLUE = new URL("dateline-core.js", import.meta.url);
/** The folder of the shipped languages' words, fetched by a widget only when it speaks one. */
const MESSAGES = new URL("messages/", import.meta.url);

/** The widget on each host element: { handle, root, core, failed, removed }. */
const widgets = new WeakMap();
/** Instances whose widget was destroyed cleanly, ready for the next widget. */
const idleCores = [];
/** Instances that faulted: never given to a widget again. */
const brokenCores = new WeakSet();
let compiled;
let instances = 0;

/** The WebAssembly module, fetched and compiled once for every widget. */
function compiledModule() {
  compiled ??= WebAssembly.compileStreaming(fetch(WASM)).catch(async (error) => {
    // A server that sends the wrong content type still gets the widget.
    const response = await fetch(WASM);
    if (!response.ok) throw error;
    return WebAssembly.compile(await response.arrayBuffer());
  });
  return compiled;
}

/** An instance of the core for one widget: a reused idle one, or a new one. */
async function takeCore() {
  const idle = idleCores.pop();
  if (idle && !brokenCores.has(idle)) return idle;
  // A module is instantiated once per address, so each instance has its own.
  const glue = new URL(GLUE);
  if (instances++ > 0) glue.searchParams.set("instance", String(instances));
  // The glue loads while the module compiles.
  const [module, core] = await Promise.all([compiledModule(), import(glue.href)]);
  await core.default({ module_or_path: module });
  return core;
}

/** The options written on a host element as data-dateline-* attributes. */
function optionsOf(host) {
  const options = {};
  for (const { name, value } of host.attributes) {
    if (name.startsWith(PREFIX)) options[name.slice(PREFIX.length)] = value;
  }
  options.src = options.story;
  delete options.story;
  return options;
}

/**
 * Replaces a widget's box with a message saying it cannot be shown, and why.
 * Built with DOM calls only: no markup, no style attributes.
 */
function showFailure(host, widget, reason) {
  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text) element.textContent = text;
    return element;
  };
  const box = make("div", "dl-widget dl-widget--failed");
  const alert = make("div", "dl-load-error");
  alert.setAttribute("role", "alert");
  alert.append(
    make("p", "dl-load-error__title", "This story could not be shown."),
    make("p", "dl-load-error__reason", `${reason}.`),
  );
  box.append(alert);
  const root = make("div", "dl-host");
  root.append(box);
  prerenderedRoot(host)?.remove();
  if (widget.root?.isConnected) {
    widget.root.replaceWith(root);
  } else {
    host.append(root);
  }
  widget.root = root;
  letGo(host, widget);
}

/** The largest story file a widget reads, in bytes (the widget's own cap, `MAX_STORY_BYTES`). */
const MAX_STORY_BYTES = 5 * 1024 * 1024;

/**
 * Asks for the story file named in `options` at once, so that it downloads
 * while the module compiles; the widget reads the response (and reports any
 * failure) as it would its own request.
 *
 * Chromium reads a body into memory whether or not anyone reads it yet, so
 * the cap the widget applies is applied here too: a file announced as larger
 * is abandoned when its headers arrive (the widget reports its size from
 * them), and any other body (an error page's too) is passed on only up to the
 * first chunk past the cap (the widget counts it and reports the file as too
 * large). Removing the widget, or its failing, abandons the request.
 */
function requestStory(options) {
  if (options.story !== undefined || typeof options.src !== "string" || !options.src.trim()) return {};
  const abort = new AbortController();
  const response = fetch(options.src, { signal: abort.signal }).then((response) => {
    if (Number(response.headers.get("content-length")) > MAX_STORY_BYTES) {
      abort.abort();
      return response;
    }
    if (!response.body) return response;
    const { status, statusText, headers } = response;
    return new Response(response.body.pipeThrough(capped(abort)), { status, statusText, headers });
  });
  response.catch(() => {});
  return { response, abort };
}

/**
 * A pass-through stream that keeps reading (up to the cap, whether or not the
 * widget reads yet) and ends the download with the first chunk past the cap.
 */
function capped(abort) {
  let bytes = 0;
  const transform = (chunk, stream) => {
    bytes += chunk.byteLength;
    stream.enqueue(chunk);
    if (bytes > MAX_STORY_BYTES) {
      stream.terminate();
      abort.abort();
    }
  };
  const buffer = new ByteLengthQueuingStrategy({ highWaterMark: MAX_STORY_BYTES + 1 });
  return new TransformStream({ transform }, undefined, buffer);
}

/** How far outside the viewport a widget starts loading: one screen on every side. */
const NEAR_MARGIN = "100% 100% 100% 100%";

/** Wakes each waiting host's widget when it comes within one screen of the viewport, and reserves room for those further away. */
let nearObserver = null;

/** The widgets not yet loaded because they are far from the viewport, by host. */
const waiting = new Map();

/**
 * Resolves when `host` comes within one screen of the viewport, when the page
 * is about to print, or when the URL's fragment comes to name its widget
 * (`widget.wake` resolves it at once, as removing the widget does). The
 * module, the glue and the story are not requested before.
 */
function nearViewport(host, widget) {
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const widget = waiting.get(entry.target);
        if (entry.isIntersecting) widget?.wake();
        else widget?.reserve();
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return new Promise((resolve) => {
    widget.wake = () => {
      nearObserver.unobserve(host);
      waiting.delete(host);
      widget.wake = null;
      resolve();
    };
    waiting.set(host, widget);
    nearObserver.observe(host);
  });
}

/**
 * The height a widget on a host `width` CSS px wide is expected to take in
 * each view, in CSS px: about the median of the stories Dateline's tests show
 * (the widget's height follows its story: its title, its events' rows, its
 * actors). Below 600 px the widget stacks its controls and lists its
 * timeline, so it is taller.
 */
const EXPECTED_HEIGHT = {
  wide: { both: 1100, timeline: 600, map: 700, text: 1500 },
  narrow: { both: 1800, timeline: 1050, map: 1050, text: 2200 },
};

/** The widths below which the widget lays itself out for a narrow screen, in CSS px. */
const NARROW_BELOW = 600;

/**
 * Gives a plain widget's host, while its widget waits far from the viewport,
 * a box of the height the widget will take: exactly the host's `height`
 * option when it has one (the widget's box is that tall), else the expected
 * height of its view at the host's width (the story is not read yet). The box
 * is empty and marked busy, so assistive technology passes over it; the
 * widget then arrives unseen and takes its place (see `arrive`).
 */
function reserveRoom(host, widget, options) {
  if (widget.held || prerenderedRoot(host)) return;
  const height = typeof options.height === "string" ? options.height.trim() : "";
  hold(host, widget, { "min-height": height });
  if (!host.style.minHeight) {
    const sizes = host.getBoundingClientRect().width < NARROW_BELOW ? EXPECTED_HEIGHT.narrow : EXPECTED_HEIGHT.wide;
    hold(host, widget, { "min-height": `${sizes[options.view] ?? sizes.both}px` });
  }
  if (!host.hasAttribute("aria-busy")) {
    host.setAttribute("aria-busy", "true");
    widget.busy = true;
  }
}

/**
 * Sets CSS properties in `host`'s own style through the CSSOM (a strict
 * Content-Security-Policy allows it), keeping the page's own values to put
 * back with `letGo`.
 */
function hold(host, widget, properties) {
  widget.held ??= new Map();
  for (const [name, value] of Object.entries(properties)) {
    if (!widget.held.has(name)) widget.held.set(name, [host.style.getPropertyValue(name), host.style.getPropertyPriority(name)]);
    host.style.setProperty(name, value);
  }
}

/** Puts back what `reserveRoom` and `hold` changed on `host`. */
function letGo(host, widget) {
  for (const [name, [value, priority]] of widget.held ?? []) host.style.setProperty(name, value, priority);
  widget.held = null;
  if (widget.busy) host.removeAttribute("aria-busy");
  widget.busy = false;
  unwatch(host);
}

/**
 * Whether a box whose top is `top` px from the top of the viewport, going
 * from `from` to `to` px tall, moves content the reader sees: the content
 * below it, when that is or comes on screen. A box wholly above the viewport
 * moves nothing seen, as the browser's scroll anchoring keeps the page still.
 */
function movesWhatIsSeen(top, from, to) {
  if (Math.abs(to - from) < 0.5 || top + from <= 0) return false;
  return top + Math.min(from, to) < innerHeight;
}

/**
 * Shows the widget that has laid itself out unseen on `host`, in one frame,
 * in place of its pre-rendered story or in the box kept for it. When its own
 * height would then move what the reader sees, it is shown in a box of the
 * old height (scrolling inside it if taller) until the reader looks away or
 * comes to it (the pointer or focus on it, or already there); and a reader who
 * sees only what lies below the live widget's height in a pre-rendered story
 * (its text twin) keeps reading that until then.
 */
function arrive(host, widget, prerendered, acted = false) {
  unwatch(host);
  if (widget.removed) return;
  // A reader whose pointer or focus is already on it has come to it.
  acted ||= host.matches(":hover, :focus-within");
  const { top, height } = host.getBoundingClientRect();
  // The hidden widget's own height, read without letting the page reflow around it.
  const own = widget.root.scrollHeight;
  const seen = !acted && movesWhatIsSeen(top, height, own);
  if (seen && prerendered && top + own <= 0) return watch(host, (acted) => arrive(host, widget, prerendered, acted));
  if (seen) {
    hold(host, widget, { height: `${height}px`, "overflow-y": own > height ? "auto" : "visible" });
    watch(host, (acted) => {
      const box = host.getBoundingClientRect();
      if (acted || !movesWhatIsSeen(box.top, box.height, widget.root.getBoundingClientRect().height)) letGo(host, widget);
    });
  }
  if (prerendered) takeOver(widget.root, prerendered);
  else widget.root.classList.remove("dl-host--arriving");
  if (widget.busy) host.removeAttribute("aria-busy");
  widget.busy = false;
  if (!seen) letGo(host, widget);
}

/**
 * The hosts whose widget waits for the reader to look away (or act on it)
 * before it changes the height of its box: each with the step that checks,
 * given whether the reader has acted, and the listener for their acting.
 */
const watched = new Map();
let checkPending = false;

/** The events that say the reader has come to a widget. */
const ARRIVALS = ["pointerover", "focusin", "keydown"];

/**
 * Runs `step` on `host` at each scroll or resize, and at once when the
 * reader comes to it: the pointer over it, or focus or a key in it. So the
 * box has its own height before any press on it, and what the reader
 * presses stays under the pointer.
 */
function watch(host, step) {
  if (watched.size === 0) {
    addEventListener("scroll", checkSoon, { capture: true, passive: true });
    addEventListener("resize", checkSoon, { passive: true });
  }
  const act = () => step(true);
  for (const type of ARRIVALS) host.addEventListener(type, act, true);
  watched.set(host, { step, act });
}

/** Stops watching `host` (see `watch`). */
function unwatch(host) {
  const entry = watched.get(host);
  if (!entry) return;
  watched.delete(host);
  for (const type of ARRIVALS) host.removeEventListener(type, entry.act, true);
  if (watched.size === 0) {
    removeEventListener("scroll", checkSoon, true);
    removeEventListener("resize", checkSoon);
  }
}

/** Runs the watched steps at the next frame (once, however many scroll events come before it). */
function checkSoon() {
  if (checkPending) return;
  checkPending = true;
  requestAnimationFrame(() => {
    checkPending = false;
    for (const { step } of [...watched.values()]) step(false);
  });
}

/** Whether the page's URL fragment holds a link to an item of the widget on `host`. */
function linkedFromFragment(host) {
  const key = host.id ? `dateline-${host.id}` : "dateline";
  return location.hash
    .slice(1)
    .split("&")
    .some((entry) => {
      const name = entry.split("=")[0];
      try {
        return name === key || decodeURIComponent(name) === key;
      } catch {
        return false;
      }
    });
}

/** Whether the widget on `host` loads at once instead of when it comes near the viewport. */
function loadsAtOnce(host, options) {
  if (options.load !== undefined && options.load !== "eager" && options.load !== "near") {
    console.warn(`Dateline: load "${options.load}" is not one of near, eager; the widget loads when near`);
  }
  return options.load === "eager" || !("IntersectionObserver" in window) || linkedFromFragment(host);
}

// A page about to be printed, or a link to a widget further down, wakes them.
addEventListener("beforeprint", () => [...waiting.values()].forEach((widget) => widget.wake()));
addEventListener("hashchange", () => {
  for (const [host, widget] of waiting) if (linkedFromFragment(host)) widget.wake();
});

/**
 * The story file's address, resolved against the page as fetch resolves it
 * and without its fragment; null for a story object, and for an address that
 * is not http or https (a data: or blob: address is no lasting name). It
 * names the story in the reader's browser (what they have seen of it).
 */
function storyAddress(options) {
  if (options.story !== undefined || typeof options.src !== "string") return null;
  try {
    const address = new URL(options.src, document.baseURI);
    address.hash = "";
    return /^https?:$/.test(address.protocol) ? address.href : null;
  } catch {
    return null;
  }
}

/**
 * The folder a story's pictures given as paths are read in, an address
 * ending in "/": the host's `pictures` option, when it names a folder on the
 * page's own site (a path such as "/media/", relative to the page, without a
 * query or fragment), else the folder of the story file at `address`; null
 * for a story object without the option, whose such pictures are refused.
 */
function picturesFolder(options, address) {
  const named = options.pictures;
  if (typeof named === "string" && named.trim()) {
    try {
      const folder = new URL(named, document.baseURI);
      if (folder.origin === location.origin && /^https?:$/.test(folder.protocol) && !/[?#]/.test(named)) {
        if (!folder.pathname.endsWith("/")) folder.pathname += "/";
        return folder.href;
      }
    } catch {}
    console.warn(`Dateline: the pictures folder "${named}" is not a folder on this page's site; it was ignored`);
  }
  return address && new URL(".", address).href;
}

/** Mounts a widget on `host`; resolves once its story is shown, rejects with the reason otherwise. */
async function start(host, givenOptions) {
  const { load, ...options } = givenOptions;
  const widget = {
    handle: null,
    root: null,
    core: null,
    failed: null,
    removed: false,
    abort: null,
    wake: null,
    reserve: () => reserveRoom(host, widget, options),
    held: null,
    busy: false,
  };
  widgets.set(host, widget);
  if (!loadsAtOnce(host, { load })) await nearViewport(host, widget);
  if (widget.removed) return;
  // A widget that waited in a reserved box arrives unseen, as a pre-rendered one does.
  const reserved = widget.held !== null;
  const request = requestStory(options);
  widget.abort = request.abort ?? null;
  try {
    widget.core = await takeCore();
  } catch (error) {
    widget.abort?.abort();
    const reason = `Dateline's code could not be loaded (${error?.message ?? error})`;
    widget.failed = reason;
    showFailure(host, widget, reason);
    throw new Error(reason);
  }
  if (widget.removed) {
    idleCores.push(widget.core);
    return;
  }
  // A fault stops the widget's instance for good. A build whose panics run
  // a hook reports them with their message (on_fault); the release build's
  // glue reports a call into the module that ends in a trap (on_trap, see
  // scripts/minify.mjs). A broken instance is never used again, even when
  // it breaks after its widget was removed.
  const core = widget.core;
  const fault = new Promise((_, reject) => {
    const stop = (detail) => {
      brokenCores.add(core);
      if (widget.failed || widget.removed) return;
      widget.abort?.abort();
      const reason = `Something went wrong inside the widget (${detail}); the rest of the page is not affected`;
      widget.failed = reason;
      showFailure(host, widget, reason);
      reject(new Error(reason));
    };
    widget.core.on_fault(stop);
    widget.core.on_trap?.((error) => stop(`an internal error: ${error?.message ?? error}`));
  });
  fault.catch(() => {});
  if (widget.failed) throw new Error(widget.failed);
  try {
    const address = storyAddress(options);
    widget.handle = widget.core.mount(host, options, request.response, request.abort, address, picturesFolder(options, address), MESSAGES.href);
  } catch (error) {
    widget.abort?.abort();
    const reason = widget.failed ?? String(error);
    widget.failed = reason;
    if (!brokenCores.has(widget.core)) idleCores.push(widget.core);
    showFailure(host, widget, reason);
    throw new Error(reason);
  }
  widget.root = widget.handle.root();
  const prerendered = prerenderedRoot(host);
  const unseen = prerendered !== null || reserved;
  if (unseen) widget.root.classList.add("dl-host--arriving");
  try {
    await Promise.race([widget.handle.loaded(), fault]);
    if (unseen) await laidOut(widget.root);
  } catch (reason) {
    throw reason instanceof Error ? reason : new Error(String(reason));
  } finally {
    if (unseen && !widget.failed) arrive(host, widget, prerendered);
  }
}

/** The pre-rendered widget in `host`'s declarative shadow root, if it has one. */
function prerenderedRoot(host) {
  return host.shadowRoot?.querySelector(".dl-prerendered")?.parentElement ?? null;
}

/** Resolves once the live widget has measured itself and its map has settled (at most about a second). */
async function laidOut(root) {
  for (let frame = 0; frame < 60; frame += 1) {
    await new Promise((next) => requestAnimationFrame(next));
    if (frame >= 1 && !root.querySelector('[aria-busy="true"], .dl-map__canvas--measuring')) return;
  }
}

/** Shows the live widget in place of the pre-rendered one, in one frame. */
function takeOver(live, prerendered) {
  prerendered.parentNode?.querySelector('link[rel="stylesheet"]')?.remove();
  prerendered.remove();
  live.classList.remove("dl-host--arriving");
}

/** Removes the widget on `host` and everything it added; its instance is reused. */
function destroy(host) {
  const widget = widgets.get(host);
  if (!widget) return;
  widgets.delete(host);
  widget.removed = true;
  widget.wake?.();
  letGo(host, widget);
  // The loader's request for the story, whether or not the widget has mounted yet.
  widget.abort?.abort();
  if (widget.handle && !widget.failed && !brokenCores.has(widget.core)) {
    widget.handle.destroy();
    widget.handle.free();
    idleCores.push(widget.core);
  } else if (widget.root) {
    widget.root.remove();
  }
}

/** Mounts a widget on every story element in `node`, itself included. */
function discover(node) {
  const hosts = node.matches?.(SELECTOR) ? [node] : [];
  hosts.push(...(node.querySelectorAll?.(SELECTOR) ?? []));
  for (const host of hosts) {
    if (!widgets.has(host)) start(host, optionsOf(host)).catch(() => {});
  }
}

/** Destroys the widgets of story elements in `node` that have left the page. */
function forget(node) {
  const hosts = node.matches?.(SELECTOR) ? [node] : [];
  hosts.push(...(node.querySelectorAll?.(SELECTOR) ?? []));
  for (const host of hosts) {
    if (!host.isConnected) destroy(host);
  }
}

new MutationObserver((records) => {
  for (const record of records) {
    record.removedNodes.forEach(forget);
    record.addedNodes.forEach(discover);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
discover(document);

/** The JSON text of a story object, or a sentence saying why it has none. */
function storyText(story) {
  if (typeof story === "string") return { text: story };
  try {
    return { text: JSON.stringify(story) };
  } catch (error) {
    const why =
      error instanceof TypeError
        ? "it refers to itself (it has a cycle)"
        : "it is nested too deeply";
    return { refused: `The story object cannot be read as a story: ${why}` };
  }
}

/**
 * Mounts a widget in `element`. `options.story` is a story object (or its
 * JSON text) or `options.src` the address of a story file; `view` (timeline,
 * map, text or both), `theme` (light, dark or auto), `start` (an item such as
 * "event:<id>"), `height` (CSS), `lang` (BCP 47: the widget's language and
 * direction, instead of the story's), `link` (on or off), `pictures` (the
 * folder pictures given as paths are read in) and `load` ("eager" to load at
 * once rather than when the element comes near the viewport) are optional,
 * as the README's table says. A story object goes through the same
 * size and nesting limits as a story file. Resolves to a handle with
 * destroy(), select(item) and show(story) (a story object, or its JSON text,
 * drawn in place of the one shown, as an editor's preview does) once the
 * story is shown; rejects with the reason when it cannot be, which the
 * widget's box shows too.
 */
export async function mount(element, options = {}) {
  destroy(element);
  const prepared = { ...options };
  if (prepared.story !== undefined && prepared.story !== null) {
    const { text, refused } = storyText(prepared.story);
    if (refused) {
      const widget = { root: null, failed: refused };
      widgets.set(element, widget);
      showFailure(element, widget, refused);
      throw new Error(refused);
    }
    prepared.story = text;
  } else {
    delete prepared.story;
    if (typeof prepared.src !== "string") {
      throw new Error("Dateline: give mount() a story object or a src address");
    }
  }
  await start(element, prepared);
  const widget = widgets.get(element);
  return {
    destroy: () => destroy(element),
    select: (item) => {
      if (widget?.failed) throw new Error(widget.failed);
      widget.handle.select(item);
    },
    show: (story) => {
      if (widget?.failed) throw new Error(widget.failed);
      const { text, refused } = storyText(story);
      if (refused) throw new Error(refused);
      widget.handle.show(text);
    },
  };
}

/** For tests only: makes the widget on `element` fail as an internal fault would. */
export function faultForTests(element) {
  widgets.get(element)?.handle?.fault_for_tests();
}
