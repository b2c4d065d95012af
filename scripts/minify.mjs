// Trunk post-build hook step, release builds only, so `trunk serve` keeps
// readable scripts. Run by scripts/post-build.sh before the precompressed
// copies are written.
//
// 1. Gives the widget's WebAssembly module short import and export names, and
//    its generated glue the same ones, and strips its build notes (see
//    `shortenModule`).
// 2. Replaces the glue's general loader with the one path the embed script
//    takes (see `trimInit`).
// 3. Minifies the build's scripts in place with terser (the embed script
//    dateline.js, the iframe's embed.js and the module's glue), about 5 KB of
//    gzip less for every reader.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WASM_OPT = join(ROOT, "node_modules", ".bin", "wasm-opt");
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

// All three are ES modules: their exports keep their names.
const SCRIPTS = ["dateline.js", "dateline-core.js", "embed.js"];

/**
 * wasm-bindgen names each import of the module after its function and a hash
 * (`"./dateline-core_bg.js" "__wbg_statusText_f5d9635edef1913e"`) and some
 * exports after a whole type signature; both files carry every name, about
 * 5 KB of gzip. Binaryen renames them to one or two letters and prints which
 * became which; the glue is rewritten to match: its import object's keys and
 * module name, and its `wasm.name` uses of exports. The scripts' own exports
 * (`mount`, `MountHandle`) are the glue's and keep their names. Any name not
 * found exactly where expected stops the build. The module's notes of which
 * tools built it and with which features, which no browser reads, go too.
 */
function shortenModule(wasmPath, gluePath) {
  const printed = execFileSync(
    WASM_OPT,
    [wasmPath, ...WASM_FEATURES, "--minify-imports-and-exports-and-modules", "--strip-producers", "--strip-target-features", "-o", wasmPath],
    { encoding: "utf8" },
  );
  const renamed = JSON.parse(printed);
  const shortened = new WebAssembly.Module(readFileSync(wasmPath));
  const modules = new Set(WebAssembly.Module.imports(shortened).map((entry) => entry.module));
  const glueModules = new Set(renamed.imports.map(([module]) => module));
  if (modules.size !== 1 || glueModules.size !== 1) {
    throw new Error(`the module should import from its glue alone, not ${[...glueModules].join(", ")}`);
  }
  const [[glueModule], [module]] = [[...glueModules], [...modules]];

  let glue = readFileSync(gluePath, "utf8");
  const replaceOnce = (pattern, replacement, what) => {
    const found = glue.match(new RegExp(pattern.source, "g"))?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names ${what} ${found} times, not once`);
    glue = glue.replace(pattern, replacement);
  };
  replaceOnce(new RegExp(`"${escaped(glueModule)}":`), `"${module}":`, `the module "${glueModule}"`);
  for (const [, name, short] of renamed.imports) {
    replaceOnce(new RegExp(`(\\n\\s+)${escaped(name)}:`), `$1${short}:`, `the import ${name}`);
  }
  const exports = new Map(renamed.exports);
  glue = glue.replace(/\bwasm\.([\w$]+)/g, (_, name) => {
    if (!exports.has(name)) throw new Error(`the glue uses wasm.${name}, which the module does not export`);
    return `wasm.${exports.get(name)}`;
  });
  writeFileSync(gluePath, glue);
}

/**
 * wasm-bindgen's glue can fetch, compile and instantiate the module from an
 * address, a response or bytes, with fallbacks for servers that send the
 * wrong content type, and exports a synchronous `initSync` too. The embed
 * script compiles the module once for the page and hands each glue the
 * compiled module (`default({ module_or_path })`), so the glue keeps only
 * that path: about 300 B of gzip.
 *
 * The release build's panics trap at once, without a hook (-Cpanic=
 * immediate-abort, scripts/release-build.sh), so the glue also watches every
 * call into the module: the first that ends in a trap (a RuntimeError) has
 * left the instance half-changed, and is reported, once, to the handler the
 * embed script sets with `on_trap`, then thrown on as before. The glue must
 * end with the loader this replaces, or the build stops.
 */
function trimInit(gluePath) {
  const glue = readFileSync(gluePath, "utf8");
  const start = glue.indexOf("\nasync function __wbg_load(");
  const tail = "export { initSync, __wbg_init as default };\n";
  const needed = ["function __wbg_get_imports(", "\n    wasm = instance.exports;\n"];
  if (start < 0 || !glue.endsWith(tail) || needed.some((name) => !glue.slice(0, start).includes(name))) {
    throw new Error("the glue's loader is not the one this build expects (wasm-bindgen's, in its last part)");
  }
  const init = `
let trapHandler;
let trapped;

/** Sets the function called with the first trap in the module (at once if it has trapped). */
export function on_trap(handler) {
    trapHandler = handler;
    if (trapped !== undefined) reportTrap();
}

function reportTrap() {
    try {
        trapHandler?.(trapped);
    } catch (error) {
        console.error(error);
    }
}

/** The module's exports, each function reporting the first call that ends in a trap. */
function watched(exports) {
    const calls = {};
    for (const [name, value] of Object.entries(exports)) {
        calls[name] = typeof value !== "function" ? value : (...args) => {
            try {
                return value(...args);
            } catch (error) {
                if (trapped === undefined && error instanceof WebAssembly.RuntimeError) {
                    trapped = error;
                    reportTrap();
                }
                throw error;
            }
        };
    }
    return calls;
}

/** Instantiates the module, compiled by the embed script, for this glue, once. */
async function __wbg_init(options) {
    if (wasm !== undefined) return wasm;
    const module = options?.module_or_path;
    const instance = await WebAssembly.instantiate(module, __wbg_get_imports());
    return __wbg_finalize_init({ exports: watched(instance.exports) }, module);
}

export { __wbg_init as default };
`;
  writeFileSync(gluePath, glue.slice(0, start) + init);
}

/** `text` with the characters a regular expression reads specially escaped. */
function escaped(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

if (process.env.TRUNK_PROFILE === "release") {
  shortenModule(join(staging, "dateline-core_bg.wasm"), join(staging, "dateline-core.js"));
  trimInit(join(staging, "dateline-core.js"));
  const { minify } = await import("terser");
  for (const file of SCRIPTS) {
    const path = join(staging, file);
    const source = readFileSync(path, "utf8");
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    writeFileSync(path, code);
  }
}
