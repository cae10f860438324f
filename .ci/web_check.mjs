#!/usr/bin/env node
// Checks the browser build of AI Race in headless Chromium (software WebGL2 through SwiftShader).
//
// usage: node .ci/web_check.mjs URL OUTDIR [--autoplay-hashes FILE | --class-turns N]
//
// Default mode: opens URL, waits (up to 300 s) for the game's console line
// `AI_RACE_FIRST_FRAME <ms>`, prints the time to first frame, waits 2 s, saves
// OUTDIR/web_title.png, and fails if the marker never came, the page shows its WebGL2 or
// load-error message, the canvas does not fill the window, or the screenshot is blank.
// --autoplay-hashes FILE: open URL (with ?autoplay=...), wait (up to 600 s) for
// `AI_RACE_AUTOPLAY_DONE`, and write each `AI_RACE_HASH <turn> <hex16>` as a `turn hex` line to FILE.
// --class-turns N: open URL (with ?join=...&autoplay=N: the page joins a class's host), wait
// for `AI_RACE_AUTOPLAY_DONE`, fail unless the page logged `AI_RACE_CLASS_TURN N` (the host
// played N turns of its game), and save OUTDIR/web_class.png (checked not blank).
//
// Every console message of the page is printed, prefixed `[page]`. Needs `npm ci` (or
// `npm install`) in .ci/ for playwright-core, and Chromium at /usr/bin/chromium
// (Debian/Ubuntu: apt-get install chromium); AI_RACE_CHROMIUM overrides the path.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const CHROMIUM = process.env.AI_RACE_CHROMIUM || "/usr/bin/chromium";
const FIRST_FRAME_TIMEOUT_MS = 300_000;
const AUTOPLAY_TIMEOUT_MS = 600_000;
const VIEWPORT = { width: 1280, height: 720 };
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];
// The page's problem boxes (web/index.html): no WebGL2, or a load/start error.
const PROBLEM_SELECTOR = "#ai-race-no-webgl2, #ai-race-error";

function usage(msg) {
  if (msg) console.error(`web_check: ${msg}`);
  console.error("usage: node .ci/web_check.mjs URL OUTDIR [--autoplay-hashes FILE | --class-turns N]");
  process.exit(2);
}

// ---- arguments
const positional = [];
let hashesFile = null;
let classTurns = null;
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === "--autoplay-hashes") {
    hashesFile = process.argv[++i];
    if (!hashesFile) usage("--autoplay-hashes needs a FILE");
  } else if (a === "--class-turns") {
    classTurns = Number(process.argv[++i]);
    if (!Number.isInteger(classTurns) || classTurns < 1) usage("--class-turns needs a number of turns");
  } else if (a === "-h" || a === "--help") usage();
  else if (a.startsWith("--")) usage(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length !== 2) usage();
const [url, outdir] = positional;

if (!fs.existsSync(CHROMIUM)) {
  console.error(`web_check: Chromium not found at ${CHROMIUM}; install it (Debian/Ubuntu: apt-get install chromium) or set AI_RACE_CHROMIUM`);
  process.exit(1);
}
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch (e) {
  console.error(`web_check: cannot load playwright-core (run \`npm ci\` in .ci/): ${e.message}`);
  process.exit(1);
}
fs.mkdirSync(outdir, { recursive: true });

// ---- PNG check: decode (8-bit RGB/RGBA, no interlace, as Chromium writes) and count colours.
function pngDistinctColours(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("screenshot is not a PNG");
  let pos = 8, width = 0, height = 0, bpp = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString("latin1", pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8], colour = body[9], interlace = body[12];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace) {
        throw new Error(`unexpected PNG format (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      }
      bpp = colour === 2 ? 3 : 4;
    } else if (kind === "IDAT") idat.push(body);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  let prev = Buffer.alloc(stride);
  const colours = new Set();
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) { // undo the row filter
      const a = x >= bpp ? line[x - bpp] : 0, b = prev[x], c = x >= bpp ? prev[x - bpp] : 0;
      let p = 0;
      if (f === 1) p = a;
      else if (f === 2) p = b;
      else if (f === 3) p = (a + b) >> 1;
      else if (f === 4) {
        const e = a + b - c, pa = Math.abs(e - a), pb = Math.abs(e - b), pc = Math.abs(e - c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + p) & 255;
    }
    if (y % 4 === 0) {
      for (let x = 0; x < stride; x += bpp * 4) colours.add((line[x] << 16) | (line[x + 1] << 8) | line[x + 2]);
    }
    prev = line;
  }
  return { width, height, colours: colours.size };
}

// ---- the browser
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: VIEWPORT });
console.log(`web_check: ${await browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}, ${url}`);

let t0 = 0;
let firstFrameMs = null; // from navigation to the marker, measured here
let gameFirstFrame = null; // the <ms> the game logged
let autoplayDone = false;
let crashed = false;
const hashes = [];
let classTurn = 0;
page.on("console", (msg) => {
  const text = msg.text();
  const type = msg.type();
  console.log(`[page] ${type === "log" ? "" : type + ": "}${text}`);
  let m;
  if (firstFrameMs === null && (m = /^AI_RACE_FIRST_FRAME\s*(\S*)/.exec(text))) {
    firstFrameMs = Date.now() - t0;
    gameFirstFrame = m[1];
  } else if ((m = /^AI_RACE_HASH (\d+) ([0-9a-fA-F]{16})\s*$/.exec(text))) {
    hashes.push(`${m[1]} ${m[2].toLowerCase()}`);
  } else if ((m = /^AI_RACE_CLASS_TURN (\d+)\s*$/.exec(text))) {
    classTurn = Math.max(classTurn, Number(m[1]));
  } else if (/^AI_RACE_AUTOPLAY_DONE\b/.test(text)) {
    autoplayDone = true;
  }
});
page.on("pageerror", (err) => console.log(`[page] uncaught: ${err.stack || err}`));
page.on("crash", () => { crashed = true; console.log("[page] the page crashed"); });

async function fail(reason) {
  console.error(`web_check: FAILED: ${reason}`);
  try {
    await page.screenshot({ path: path.join(outdir, "web_failure.png"), timeout: 30_000 });
    console.error(`web_check: screenshot of the failure: ${path.join(outdir, "web_failure.png")}`);
  } catch { /* the page may be gone */ }
  await browser.close().catch(() => {});
  process.exit(1);
}

// The text of a problem box the page shows, or null. A busy page may not answer at once.
async function shownProblem() {
  const probe = page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => !e.hidden);
    return el ? el.innerText.trim() : null;
  }, PROBLEM_SELECTOR).catch(() => null);
  let timer;
  const late = new Promise((r) => { timer = setTimeout(() => r(null), 30_000); });
  return Promise.race([probe, late]).finally(() => clearTimeout(timer));
}

// Waits until done() or the deadline, failing early on a crash or a problem box.
async function waitFor(done, timeoutMs, what) {
  const deadline = t0 + timeoutMs;
  while (!done()) {
    if (crashed) await fail(`the page crashed while waiting for ${what}`);
    const problem = await shownProblem();
    if (problem) await fail(`the page shows an error while waiting for ${what}:\n${problem}`);
    if (Date.now() > deadline) await fail(`no ${what} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

t0 = Date.now();
try {
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
} catch (e) {
  await fail(`cannot open ${url}: ${e.message}`);
}

if (hashesFile) {
  await waitFor(() => autoplayDone, AUTOPLAY_TIMEOUT_MS, "AI_RACE_AUTOPLAY_DONE");
  if (firstFrameMs !== null) console.log(`time to first frame: ${firstFrameMs} ms (the game's own count: ${gameFirstFrame} ms)`);
  if (hashes.length === 0) await fail("autoplay finished without any AI_RACE_HASH line");
  fs.mkdirSync(path.dirname(path.resolve(hashesFile)), { recursive: true });
  fs.writeFileSync(hashesFile, hashes.join("\n") + "\n");
  console.log(`web_check: autoplay done after ${Date.now() - t0} ms; ${hashes.length} turn hashes written to ${hashesFile}`);
  await page.screenshot({ path: path.join(outdir, "web_autoplay.png") }).catch(() => {});
  await browser.close();
  process.exit(0);
}

if (classTurns !== null) {
  await waitFor(() => autoplayDone, AUTOPLAY_TIMEOUT_MS, "AI_RACE_AUTOPLAY_DONE");
  if (classTurn < classTurns) await fail(`the class's host played ${classTurn} turns, want ${classTurns}`);
  const shot = path.join(outdir, "web_class.png");
  const png = await page.screenshot({ path: shot });
  const { width, height, colours } = pngDistinctColours(png);
  if (colours < 16) await fail(`${shot} looks blank (${colours} distinct colours sampled)`);
  console.log(`web_check: joined a class and played ${classTurn} turns; ${shot}: ${width}x${height}, ${colours} colours: ok`);
  await browser.close();
  process.exit(0);
}

await waitFor(() => firstFrameMs !== null, FIRST_FRAME_TIMEOUT_MS, "AI_RACE_FIRST_FRAME");
console.log(`time to first frame: ${firstFrameMs} ms (the game's own count: ${gameFirstFrame} ms)`);
await new Promise((r) => setTimeout(r, 2000));

const problem = await shownProblem();
if (problem) await fail(`the page shows an error after the first frame:\n${problem}`);

// The canvas must fill the window, without scrollbars.
const layout = await page.evaluate(() => {
  const c = document.getElementById("ai-race-canvas");
  const r = c ? c.getBoundingClientRect() : null;
  return {
    canvas: r && { x: r.x, y: r.y, w: r.width, h: r.height, bufW: c.width, bufH: c.height },
    dataset: document.body.dataset.firstFrame ?? null,
    win: { w: innerWidth, h: innerHeight },
    scroll: { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight },
  };
});
console.log(`web_check: layout ${JSON.stringify(layout)}`);
const { canvas, win, scroll } = layout;
if (!canvas) await fail("the page has no #ai-race-canvas");
if (Math.abs(canvas.x) > 1 || Math.abs(canvas.y) > 1 || Math.abs(canvas.w - win.w) > 1 || Math.abs(canvas.h - win.h) > 1) {
  await fail(`the canvas (${canvas.w}x${canvas.h} at ${canvas.x},${canvas.y}) does not fill the window (${win.w}x${win.h})`);
}
if (scroll.w > win.w || scroll.h > win.h) await fail(`the page scrolls (${scroll.w}x${scroll.h} in ${win.w}x${win.h})`);
if (layout.dataset === null) await fail("the game logged its first frame but <body> has no data-first-frame");

const shot = path.join(outdir, "web_title.png");
const png = await page.screenshot({ path: shot });
const { width, height, colours } = pngDistinctColours(png);
if (colours < 16) await fail(`${shot} looks blank (${colours} distinct colours sampled)`);
console.log(`web_check: ${shot}: ${width}x${height}, ${colours} distinct colours sampled: ok`);
await browser.close();
console.log("web_check: ok");
process.exit(0);
