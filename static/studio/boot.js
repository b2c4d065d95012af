// Starts the studio: its own module (dateline-studio.js, built by
// scripts/build-studio.sh) with the shipped widget's mount() for the preview.
import init, { start } from "./dateline-studio.js";
import { mount } from "../dateline.js";

const root = document.getElementById("studio");
await init();
root.replaceChildren();
start(root, mount);
