import type { FileName } from "@thidua/api";
import { apiLocale } from "./client";
import type { ApiProblem } from "./errors";

export type { FileName };
export type FileParams = Record<string, string | number | null | undefined>;

/** A refused download, carrying the API's message in the user's language. */
export class FileProblem extends Error implements ApiProblem {
  readonly cells = [];
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The real name from Content-Disposition: filename* (UTF-8, RFC 5987) first, then the ASCII fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}

export const fileUrl = (name: FileName, params: FileParams) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined) query.set(key, String(value));
  return `/files/${name}?${query.toString()}`;
};

/** GET /files/<name> with the session cookie: the file and its name, or the API's refusal. */
export async function fetchFile(name: FileName, params: FileParams): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(fileUrl(name, params), {
    headers: { "x-thidua-locale": apiLocale() },
    credentials: "same-origin",
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; code?: string } } | null;
    throw new FileProblem(body?.error?.message ?? response.statusText, body?.error?.code ?? "UNKNOWN");
  }
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get("content-disposition"), name) };
}
