import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 6 }).length;

/** The scripts index.html makes the browser fetch before anything renders: the entry and its preloads. */
export function initialScripts(webRoot: string): string[] {
  const html = readFileSync(join(webRoot, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set([...entries, ...preloads])];
}

export function initialJavaScript(webRoot: string): { files: number; raw: number; gzip: number } {
  const files = initialScripts(webRoot).map((path) => readFileSync(join(webRoot, path)));
  return {
    files: files.length,
    raw: files.reduce((sum, file) => sum + file.length, 0),
    gzip: files.reduce((sum, file) => sum + gzipSize(file), 0),
  };
}
