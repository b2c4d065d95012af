// The iframe page's script (embed.html): one widget filling the frame, for
// the story named by ?story=, which must be a story file in this folder.
// The page posts its height to the parent whenever it changes, in pym.js's
// format and in Datawrapper's ("datawrapper-height"), so existing resizers work.
import { mount } from "./dateline.js";

const DEFAULT_STORY = "stories/russia-taliban-2022.json";
const params = new URLSearchParams(location.search);
// pym.js names its frames with childId; other resizers with id.
const frameId = params.get("childId") ?? params.get("id") ?? "dateline";
const host = document.getElementById("dateline");

/**
 * Why `path` is not a story this page may show, or null when it is one: only
 * a relative path to a file in this page's folder or below is shown, so a link
 * cannot make the publisher's page show a story from anywhere else.
 */
function refusal(path) {
  const why = `embed.html shows only story files from its own folder, named by a relative path such as "${DEFAULT_STORY}"`;
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return why;
  }
  const looksForeign = (text) =>
    /^[a-z][a-z\d+.-]*:/i.test(text) ||
    text.startsWith("/") ||
    text.includes("\\") ||
    text.includes("//") ||
    text.split("/").some((segment) => segment.trim() === ".." || segment.trim() === ".");
  if (path.trim() === "" || looksForeign(path) || looksForeign(decoded)) return why;
  const folder = new URL(".", location.href);
  const resolved = new URL(path, folder);
  if (resolved.origin !== folder.origin || !resolved.pathname.startsWith(folder.pathname)) return why;
  return null;
}

let lastHeight = 0;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage(`pymxPYMx${frameId}xPYMxheightxPYMx${height}`, "*");
  window.parent.postMessage({ "datawrapper-height": { [frameId]: height } }, "*");
}
new ResizeObserver(postHeight).observe(document.body);

const story = params.get("story") ?? DEFAULT_STORY;
const refused = refusal(story);
if (refused) {
  const message = document.createElement("p");
  message.className = "dateline-refusal";
  message.setAttribute("role", "alert");
  message.textContent = `This story could not be shown: ${refused}.`;
  host.append(message);
  console.error(`Dateline: ${message.textContent}`);
} else {
  // The frame is the widget's whole page, so it loads at once; a host page
  // that wants it loaded later gives the frame loading="lazy".
  const options = { src: story, load: "eager" };
  for (const key of ["view", "theme", "start", "lang", "link"]) {
    if (params.has(key)) options[key] = params.get(key);
  }
  // A story that cannot be shown is explained in the widget's own box.
  mount(host, options).catch(() => {});
}
