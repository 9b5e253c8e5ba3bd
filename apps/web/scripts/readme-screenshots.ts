/**
 * Renews the pictures in README.md from the real app on the demo data (built dashboard):
 *   pnpm --filter @thidua/web screenshots
 */
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../e2e/browser";
import { freshDataDir, removeDataDir, startThidua } from "../e2e/server";

const DOCS = fileURLToPath(new URL("../../../docs", import.meta.url));
const dataDir = freshDataDir();
const server = await startThidua(dataDir);
const browser = await launchBrowser();

async function shoot(username: string, path: (blocId: string) => string, ready: string, file: string, height = 960) {
  const context = await browser.newContext({ baseURL: server.url, locale: "vi-VN", viewport: { width: 1440, height } });
  await context.request.post("/trpc/auth.login", { data: { json: { username, password: "thidua@2025" } } });
  const listed = await context.request.get(
    `/trpc/blocs.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
  );
  const blocs = ((await listed.json()) as { result: { data: { json: { id: string; code: string }[] } } }).result.data
    .json;
  const bloc = blocs.find((candidate) => candidate.code === "LCI-HUYEN");
  if (!bloc) throw new Error("the demo bloc LCI-HUYEN is missing");
  const page = await context.newPage();
  await page.goto(path(bloc.id));
  await page.waitForSelector(ready);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${DOCS}/${file}` });
  await context.close();
}

try {
  await shoot(
    "lanhdao.laocai",
    (id) => `/blocs/${id}?year=2025&quarter=2`,
    '[data-testid="heat-map"]',
    "dashboard-bloc.png",
    1480,
  );
  await shoot(
    "dieuphoi.laocai",
    (id) => `/blocs/${id}/scores?year=2025&quarter=4`,
    '[data-testid="score-sheet"] input',
    "dashboard-scores.png",
  );
} finally {
  await browser.close();
  await server.stop();
  removeDataDir(dataDir);
}
