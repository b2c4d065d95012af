// A static server for the release build in dist/, on 127.0.0.1 and a free port.
//
// Test-only extras: /fixtures/* serves tests/fixtures, /pages/* the host
// pages in tests/e2e/pages, and any page can be asked for with ?story=<url>
// to point its widget at another story file. /faults/* are misbehaving
// servers: a response that never finishes, one that trickles a byte every
// tenth of a second for ever, 50 MB with and without a Content-Length, and
// an error page of 50 MB.
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
      : [dist, (pathname.endsWith("/") ? `${pathname}index.html` : pathname).slice(1)];
  const file = normalize(join(base, decodeURIComponent(rest)));
  return file.startsWith(base) ? file : null;
}

/** The Content-Security-Policy a strict host page sends (the README names it). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'";

const FIFTY_MB = 50 * 1024 * 1024;

/**
 * Answers the misbehaving /faults/* paths; returns false for any other path.
 * `sent` records how many body bytes each of them got out before the client
 * hung up, so tests can check the download was abandoned early, and under
 * "/faults/hang.json closed" (and "/faults/trickle.json closed") how many of
 * the never-ending responses the client has hung up on.
 */
function serveFault(pathname, response, sent) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const stream = (headers, status = 200) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    let count = 0;
    const pump = () => {
      while (count < FIFTY_MB && !response.destroyed) {
        count += chunk.length;
        sent.set(pathname, count);
        if (!response.write(chunk)) return response.once("drain", pump);
      }
      response.end();
    };
    response.write("{");
    pump();
  };
  switch (pathname) {
    case "/faults/hang.json":
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"version": 1, "meta": {');
      sent.set(pathname, 25);
      response.on("close", () => sent.set(`${pathname} closed`, (sent.get(`${pathname} closed`) ?? 0) + 1));
      return true;
    case "/faults/trickle.json": {
      // Never silent for long enough to stall, never finished.
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"version": 1, "meta": {');
      sent.set(pathname, 25);
      const drip = setInterval(() => {
        response.write(" ");
        sent.set(pathname, sent.get(pathname) + 1);
      }, 100);
      response.on("close", () => {
        clearInterval(drip);
        sent.set(`${pathname} closed`, (sent.get(`${pathname} closed`) ?? 0) + 1);
      });
      return true;
    }
    case "/faults/50mb-announced.json":
      stream({ "content-length": String(FIFTY_MB + 1) });
      return true;
    case "/faults/50mb-chunked.json":
      stream({});
      return true;
    case "/faults/50mb-error.json":
      stream({}, 500);
      return true;
    default:
      return false;
  }
}

/**
 * Starts the server; resolves to { url, requests, sent, close }. `generated`
 * maps extra paths to bodies served from memory (generated stories); with
 * `csp`, every response carries the strict Content-Security-Policy; with
 * `precompressed`, a file is sent as its `.gz` copy (as a static host would)
 * when the browser accepts gzip and the build wrote one.
 */
export async function startServer(generated = new Map(), { csp = false, precompressed = false } = {}) {
  const requests = [];
  const sent = new Map();
  const open = new Set();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    requests.push(url.pathname);
    if (csp) response.setHeader("content-security-policy", STRICT_CSP);
    if (serveFault(url.pathname, response, sent)) return;
    if (generated.has(url.pathname)) {
      response.writeHead(200, { "content-type": types[extname(url.pathname)] ?? "application/octet-stream" });
      response.end(generated.get(url.pathname));
      return;
    }
    const file = fileFor(url.pathname);
    try {
      if (!file) throw new Error("outside the served folders");
      const gzip = precompressed && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
      const encoded = gzip ? await readFile(`${file}.gz`).catch(() => null) : null;
      if (encoded) {
        response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "content-encoding": "gzip" });
        response.end(encoded);
        return;
      }
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
  server.on("connection", (socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent,
    close: () => {
      // A response that never finishes would keep the server open.
      for (const socket of open) socket.destroy();
      return new Promise((done) => server.close(done));
    },
  };
}
