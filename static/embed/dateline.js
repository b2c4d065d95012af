// Dateline's embed script. On any page:
//
//   <script type="module" src="https://example.org/dateline/dateline.js"></script>
//   <div data-dateline-story="stories/my-story.json"></div>
//
// mounts a widget on every element with data-dateline-story, including ones
// added later. Pages that build their own can import { mount } from here.
// Every asset is found relative to this script, so the folder can be hosted
// at any path.
import init, { mount_element, mount_story } from "./dateline-core.js";

const ready = init({ module_or_path: new URL("dateline-core_bg.wasm", import.meta.url) });
const SELECTOR = "[data-dateline-story]";

/** Mounts widgets on story elements added to the page after it loaded. */
function watch() {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(SELECTOR)) mount_element(node);
        node.querySelectorAll(SELECTOR).forEach((element) => mount_element(element));
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

ready.then(watch);

/**
 * Mounts a widget in `element`. `options.story` is a story object or
 * `options.src` the address of a story file; `view` (timeline, map, text or
 * both), `theme` (light, dark or auto), `start` (an item such as
 * "event:<id>"), `height` (CSS) and `lang` (BCP 47) are optional. Resolves to a handle with
 * destroy() and select(item) once the story is shown; rejects with the
 * reason when it cannot be, which the widget's box shows too.
 */
export async function mount(element, options = {}) {
  await ready;
  const handle = mount_story(element, options);
  try {
    await handle.loaded();
  } catch (reason) {
    throw new Error(String(reason));
  }
  return {
    destroy: () => handle.destroy(),
    select: (item) => handle.select(item),
  };
}

export default ready;
