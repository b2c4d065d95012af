#!/usr/bin/env node
// Lists the tests that assert nothing, and fails when there is one.
//
// A Rust test (`#[test]`, `#[wasm_bindgen_test]`, or a `proptest!` case) and
// a JavaScript test (`test(...)` in tests/e2e) must each check something:
// an assertion, a panic or an expectation in its own body, or a call of one
// of this repository's helpers that asserts (a function whose body asserts,
// found the same way). A test that only runs code, or prints what it
// computed, cannot fail and is reported with its file and line.
//
//   node scripts/check-tests.mjs        (run by scripts/test.sh)

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const folders = ["src", "crates", "tests"];

/** Words that make a body an assertion. */
const RUST_CHECKS = /\b(assert\w*!|prop_assert\w*!|panic!|unreachable!|\.expect(_err)?\(|\.unwrap(_err)?\(\)|prop_assume!)/;
// Playwright's waitFor throws when what it waits for does not come.
const JS_CHECKS = /\b(assert(\.\w+)?\(|expect\(|waitFor\()/;

function files(folder, extension) {
  const out = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name === "target" || name === "node_modules") continue;
    if (statSync(path).isDirectory()) out.push(...files(path, extension));
    else if (name.endsWith(extension)) out.push(path);
  }
  return out;
}

/** Blanks out comments and string contents, keeping offsets, so braces and words in them do not count. */
function code(text) {
  const blank = (m) => m.replace(/[^\n]/g, " ");
  return text
    .replace(/\br(#*)"[\s\S]*?"\1/g, blank)
    .replace(/'(?:[^'\\\n]|\\.)'/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/\/\/[^\n]*/g, (m) => " ".repeat(m.length))
    .replace(/"(?:[^"\\\n]|\\.)*"/g, (m) => `"${" ".repeat(m.length - 2)}"`)
    .replace(/`(?:[^`\\]|\\.)*`/g, (m) => `\`${m.slice(1, -1).replace(/[^\n]/g, " ")}\``);
}

/** The text from the `{` at or after `from` to its matching `}`. */
function block(text, from) {
  const open = text.indexOf("{", from);
  if (open < 0) return "";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

const line = (text, offset) => text.slice(0, offset).split("\n").length;

/** Names of functions, in `sources`, whose bodies assert (directly or through another such function). */
function assertingHelpers(sources, definition, checks) {
  const bodies = new Map();
  for (const text of sources) {
    for (const match of text.matchAll(definition)) bodies.set(match[1], block(text, match.index + match[0].length - 1));
  }
  const asserting = new Set([...bodies].filter(([, body]) => checks.test(body)).map(([name]) => name));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [name, body] of bodies) {
      if (!asserting.has(name) && [...asserting].some((helper) => new RegExp(`\\b${helper}\\s*[(!]`).test(body))) {
        asserting.add(name);
        grown = true;
      }
    }
  }
  return asserting;
}

const calls = (body, helpers) => [...helpers].some((helper) => new RegExp(`\\b${helper}\\s*[(!]`).test(body));

const rust = folders.flatMap((folder) => files(join(root, folder), ".rs"));
const rustCode = new Map(rust.map((path) => [path, code(readFileSync(path, "utf8"))]));
const rustHelpers = assertingHelpers([...rustCode.values()], /\bfn\s+(\w+)[^{;]*\{/g, RUST_CHECKS);
const js = files(join(root, "tests"), ".mjs");
const jsCode = new Map(js.map((path) => [path, code(readFileSync(path, "utf8"))]));
const jsHelpers = assertingHelpers(
  [...jsCode.values()],
  /(?:function\s+(\w+)\s*\([^)]*\)\s*\{|(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?\([^)]*\)\s*=>\s*\{)/g,
  JS_CHECKS,
);
// The regex above captures in group 1 or 2; gather both.
for (const text of jsCode.values()) {
  for (const match of text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?\([^)]*\)\s*=>\s*\{/g)) {
    if (JS_CHECKS.test(block(text, match.index + match[0].length - 1))) jsHelpers.add(match[1]);
  }
}

const silent = [];
for (const [path, text] of rustCode) {
  for (const match of text.matchAll(/#\[(?:test|wasm_bindgen_test)\][\s\S]*?\bfn\s+(\w+)/g)) {
    const body = block(text, match.index + match[0].length);
    if (!RUST_CHECKS.test(body) && !calls(body, rustHelpers)) {
      silent.push(`${relative(root, path)}:${line(text, match.index)}: ${match[1]}`);
    }
  }
  // proptest! cases: `fn name(args in strategy) { ... }` inside a proptest! block.
  for (const match of text.matchAll(/proptest!\s*\{/g)) {
    const cases = block(text, match.index + match[0].length - 1);
    const start = match.index + match[0].length - 1;
    for (const inner of cases.matchAll(/\bfn\s+(\w+)\s*\(/g)) {
      const body = block(cases, inner.index + inner[0].length);
      if (!RUST_CHECKS.test(body) && !calls(body, rustHelpers)) {
        silent.push(`${relative(root, path)}:${line(text, start + inner.index)}: ${inner[1]}`);
      }
    }
  }
}
for (const [path, text] of jsCode) {
  for (const match of text.matchAll(/\btest\(\s*["'`]/g)) {
    // The body is the block of the test's function, after its title and options.
    const arrow = text.slice(match.index).search(/=>\s*\{/);
    const body = arrow < 0 ? "" : block(text, match.index + arrow);
    if (!JS_CHECKS.test(body) && !calls(body, jsHelpers)) {
      silent.push(`${relative(root, path)}:${line(text, match.index)}: a test`);
    }
  }
}

// A proptest case is found both by its #[test] and inside its proptest! block.
const byName = new Map(silent.map((entry) => [entry.replace(/:\d+:/, ":"), entry]));
silent.splice(0, silent.length, ...byName.values());
if (silent.length > 0) {
  console.error(`${silent.length} test(s) assert nothing:\n  ${silent.join("\n  ")}`);
  process.exit(1);
}
console.log(`every test asserts something (${rustCode.size} Rust and ${jsCode.size} JavaScript files read)`);
