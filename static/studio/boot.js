// Starts the studio: its own module (dateline-studio.js, built by
// scripts/build-studio.sh) with the shipped widget's mount() for the preview.
const root = document.getElementById("studio");
try {
  const [{ default: init, start }, { mount }] = await Promise.all([
    import("./dateline-studio.js"),
    import("../dateline.js"),
  ]);
  await init();
  root.replaceChildren();
  start(root, mount);
} catch (error) {
  const message = document.createElement("p");
  message.className = "st-loading st-notice--refused";
  message.setAttribute("role", "alert");
  message.textContent = `The studio could not start (${error?.message ?? error}). Reload the page to try again; your kept work is safe in this browser.`;
  root.replaceChildren(message);
}
