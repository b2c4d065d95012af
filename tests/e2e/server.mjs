// A static server for the release build in dist/, on 127.0.0.1 and a free port.
//
// Test-only extras: /fixtures/* serves tests/fixtures, /pages/* the host
// pages in tests/e2e/pages, and any page can be asked for with ?story=<url>
// to point its widget at another story file.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
// DATELINE_DIST serves another build folder (e.g. one built with `trunk build --dist`).
const dist = resolve(process.env.DATELINE_DIST ?? join(root, "dist"));
const fixtures = join(root, "tests/fixtures");
const pages = join(root, "tests/e2e/pages");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The file a request path maps to, or null if it climbs out of its folder. */
function fileFor(pathname) {
  const [base, rest] = pathname.startsWith("/fixtures/")
    ? [fixtures, pathname.slice("/fixtures/".length)]
    : pathname.startsWith("/pages/")
      ? [pages, pathname.slice("/pages/".length)]
      : [dist, pathname === "/" ? "index.html" : pathname.slice(1)];
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base) ? file : null;
}

/**
 * Starts the server; resolves to { url, requests, close }. `generated` maps
 * extra paths to bodies served from memory (generated stories).
 */
export async function startServer(generated = new Map()) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    requests.push(url.pathname);
    if (generated.has(url.pathname)) {
      response.writeHead(200, { "content-type": types[extname(url.pathname)] ?? "application/octet-stream" });
      response.end(generated.get(url.pathname));
      return;
    }
    const file = fileFor(url.pathname);
    try {
      if (!file) throw new Error("outside the served folders");
      let body = await readFile(file);
      const story = url.searchParams.get("story");
      if (story !== null && extname(file) === ".html") {
        body = body.toString("utf8").replace(/data-dateline-story="[^"]*"/, `data-dateline-story="${story.replaceAll('"', "&quot;")}"`);
      }
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}
