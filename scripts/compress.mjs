// Trunk post-build hook: writes a .gz (gzip -9) and a .br (Brotli, quality 11)
// beside each script, WebAssembly module, stylesheet, story and icon in the
// build, so a server can send them precompressed. gzip itself writes the .gz
// (Node's zlib makes the module's 2% larger); Node's zlib writes the .br.
// Pages (.html) are left alone. Run by scripts/post-build.sh after the
// pre-rendering, which rewrites the pages and the stylesheet.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");

const compressed = /\.(wasm|js|mjs|css|json|svg)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (compressed.test(entry.name)) yield path;
  }
}

for (const path of files(staging)) {
  const data = readFileSync(path);
  try {
    execFileSync("gzip", ["-9", "-k", "-f", "-n", path]);
  } catch {
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  }
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  );
}
