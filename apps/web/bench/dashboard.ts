/**
 * How heavy and how fast the dashboard is, measured in headless Chromium against the real server
 * on the demo data: the JavaScript the first page needs, and how long each main page takes from
 * navigation until its data is on screen and the page answers input (first idle frame after).
 * Run with `pnpm bench` at the root (builds the dashboard first).
 */
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../e2e/browser";
import { freshDataDir, removeDataDir, startThidua } from "../e2e/server";
import { gzipSize, initialJavaScript } from "./bundle";

const WEB_ROOT = process.env.WEB_DIST ?? fileURLToPath(new URL("../dist", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PASSWORD = "thidua@2025";

interface Scenario {
  name: string;
  username: string;
  /** The page's address, given the demo ids the user can see. */
  path: (ids: DemoIds) => string;
  /** Present once the page shows its data. */
  ready: string;
}

interface DemoIds {
  blocId: string;
  unitId: string;
}

const SCENARIOS: Scenario[] = [
  { name: "sign-in page (signed out)", username: "", path: () => "/sign-in", ready: 'input[name="username"]' },
  {
    name: "bloc page, leader (LCI-HUYEN Quý II/2025)",
    username: "lanhdao.laocai",
    path: ({ blocId }) => `/blocs/${blocId}?year=2025&quarter=2`,
    ready: '[data-testid="ranking-table"] tbody tr',
  },
  {
    name: "province overview, leader",
    username: "lanhdao.laocai",
    path: () => "/province?year=2025&quarter=4",
    ready: '[data-testid="bloc-overview"]',
  },
  {
    name: "quarter grid, coordinator (LCI-HUYEN Quý IV/2025)",
    username: "dieuphoi.laocai",
    path: ({ blocId }) => `/blocs/${blocId}/scores?year=2025&quarter=4`,
    ready: '[data-testid="score-sheet"] input',
  },
  {
    name: "unit progress, member unit (Bát Xát)",
    username: "donvi.batxat",
    path: ({ unitId }) => `/units/${unitId}`,
    ready: '[data-testid="headline-total"]',
  },
];

async function signIn(context: BrowserContext, username: string) {
  if (!username) return;
  const response = await context.request.post("/trpc/auth.login", {
    data: { json: { username, password: PASSWORD } },
  });
  if (!response.ok()) throw new Error(`sign-in as ${username} failed: ${response.status()}`);
}

async function demoIds(context: BrowserContext): Promise<DemoIds> {
  await signIn(context, "donvi.batxat");
  const read = async (path: string) =>
    ((await (await context.request.get(path)).json()) as { result: { data: { json: unknown } } }).result.data.json;
  const me = (await read("/trpc/auth.me")) as { unitId: string };
  await signIn(context, "lanhdao.laocai");
  const blocs = (await read(`/trpc/blocs.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`)) as {
    id: string;
    code: string;
  }[];
  const bloc = blocs.find((candidate) => candidate.code === "LCI-HUYEN");
  if (!bloc) throw new Error("the demo bloc LCI-HUYEN is missing");
  return { blocId: bloc.id, unitId: me.unitId };
}

/** Milliseconds from navigation start to the first idle frame after `ready` appears, and the gzipped JS fetched. */
async function measure(page: Page, path: string, ready: string) {
  let scriptBytes = 0;
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(response.body().then((body) => void (scriptBytes += gzipSize(body))));
  });
  await page.goto(path, { waitUntil: "commit" });
  await page.waitForSelector(ready, { timeout: 30_000 });
  const interactive = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
  );
  await Promise.all(pending);
  return { interactive, scriptBytes };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => value.toFixed(0).padStart(6);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = initialJavaScript(WEB_ROOT);
console.log(
  `Initial JavaScript (index.html entry + preloads): ${initial.files} files, ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzipped (budget 250 KB)`,
);

const dataDir = freshDataDir();
const server = await startThidua(dataDir);
const browser = await launchBrowser();
try {
  const setup = await browser.newContext({ baseURL: server.url });
  const ids = await demoIds(setup);
  await setup.close();
  console.log(
    `\n${RUNS} runs per page, 1440×900, ms from navigation start. First visit: a new browser context (empty cache);` +
      `\nagain: the same page opened again in that context (scripts cached, data asked for again).`,
  );
  console.log(`${"page".padEnd(52)} ${"first visit".padStart(13)} ${"again".padStart(13)}   JS fetched (gzip)`);
  console.log(
    `${"".padEnd(52)} ${"median".padStart(6)} ${"p95".padStart(6)} ${"median".padStart(6)} ${"p95".padStart(6)}`,
  );
  for (const scenario of SCENARIOS) {
    const first: number[] = [];
    const again: number[] = [];
    let scriptBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: "vi-VN",
        viewport: { width: 1440, height: 900 },
      });
      await signIn(context, scenario.username);
      const cold = await measure(await context.newPage(), scenario.path(ids), scenario.ready);
      first.push(cold.interactive);
      scriptBytes = cold.scriptBytes;
      again.push((await measure(await context.newPage(), scenario.path(ids), scenario.ready)).interactive);
      await context.close();
    }
    const figures = [percentile(first, 50), percentile(first, 95), percentile(again, 50), percentile(again, 95)];
    console.log(`${scenario.name.padEnd(52)} ${figures.map(ms).join(" ")}   ${kb(scriptBytes)}`);
  }
} finally {
  await browser.close();
  await server.stop();
  removeDataDir(dataDir);
}
