// Trunk post-build hook step: minifies the build's scripts in place with
// terser (the embed script dateline.js, the iframe's embed.js and the
// WebAssembly module's generated glue), about 5 KB of gzip less for every
// reader. Release builds only, so `trunk serve` keeps readable scripts. Run by
// scripts/post-build.sh before the precompressed copies are written.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");

// All three are ES modules: their exports keep their names.
const SCRIPTS = ["dateline.js", "dateline-core.js", "embed.js"];

if (process.env.TRUNK_PROFILE === "release") {
  const { minify } = await import("terser");
  for (const file of SCRIPTS) {
    const path = join(staging, file);
    const source = readFileSync(path, "utf8");
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    writeFileSync(path, code);
  }
}
