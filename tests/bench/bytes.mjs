// What a reader downloads for one widget, on the release build: the module,
// its JavaScript glue and the loader, each raw, compressed with GNU gzip -9
// (the figure `scripts/test.sh` holds to its budget) and with Brotli at
// quality 11 (as the build's .br copies), and their total. It prints figures;
// it asserts nothing (the budget is the test script's). Run after
// `bash scripts/release-build.sh`:
//   node tests/bench/bytes.mjs
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = resolve(process.env.DATELINE_DIST ?? join(import.meta.dirname, "../../dist"));
const parts = [
  ["module", "dateline-core_bg.wasm"],
  ["glue", "dateline-core.js"],
  ["loader", "dateline.js"],
];

const gzip = (file) => execFileSync("gzip", ["-9c", "-n", file], { maxBuffer: 64 * 1024 * 1024 }).length;
const brotli = (data) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;

const rows = parts.map(([name, file]) => {
  const path = join(dist, file);
  const data = readFileSync(path);
  return { name: `${name} (${file})`, raw: data.length, gzip: gzip(path), brotli: brotli(data) };
});
rows.push({
  name: "total",
  ...Object.fromEntries(["raw", "gzip", "brotli"].map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])),
});

const number = (bytes) => bytes.toLocaleString("en").padStart(11);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(11);
console.log("Bytes a reader downloads for one widget (release build; gzip is GNU gzip -9, Brotli quality 11)");
console.log(`${"part".padEnd(36)} ${"raw".padStart(11)} ${"gzip -9".padStart(11)} ${"brotli".padStart(11)}`);
for (const row of rows) console.log(`${row.name.padEnd(36)} ${number(row.raw)} ${number(row.gzip)} ${number(row.brotli)}`);
const total = rows.at(-1);
console.log(`${"total, KiB".padEnd(36)} ${kib(total.raw)} ${kib(total.gzip)} ${kib(total.brotli)}`);
