import { TRPCError } from "@trpc/server";
import { parseCookie } from "cookie";
import { z, ZodError } from "zod";
import { opensInBrowser } from "@thidua/core";
import type { PrismaClient } from "@thidua/db";
import { SESSION_COOKIE } from "../auth/session";
import { createContext, type AuthedContext } from "../context";
import { AppError } from "../errors";
import { contentDisposition } from "../files/content-disposition";
import { refusal } from "../files/handler";
import { ZQuarterParam, ZYearParam } from "../files/query";
import { requestLocale } from "../http";
import { ZId, ZName } from "../schemas";
import { assertCanChangeEvidence, assertCanSeeEvidence, evidenceCellOf } from "./access";
import { evidenceContent, readEvidenceUpload, storeEvidenceFile } from "./storage";

export const EVIDENCE_ENDPOINT = "/evidence";

export interface EvidenceHandlerOptions {
  prisma: PrismaClient;
  onInternalError?: (error: unknown) => void;
}

/** An upload's cell and file name, in the query: the body is the file itself. */
const ZUploadQuery = z.object({
  bloc: ZId,
  year: ZYearParam,
  quarter: ZQuarterParam,
  unit: ZId,
  criterion: ZId,
  name: ZName(200),
});

async function signedIn(prisma: PrismaClient, req: Request): Promise<AuthedContext> {
  const ctx = await createContext({
    prisma,
    locale: requestLocale(req.headers),
    sessionToken: parseCookie(req.headers.get("cookie") ?? "")[SESSION_COOKIE] ?? null,
    cookie: { set: () => undefined, clear: () => undefined },
    origin: { userAgent: req.headers.get("user-agent"), address: null },
  });
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "auth.required");
  if (ctx.user.mustChangePassword) throw new AppError("FORBIDDEN", "auth.mustChangePassword");
  return { ...ctx, user: ctx.user };
}

/**
 * POST /evidence?bloc=…&year=…&quarter=…&unit=…&criterion=…&name=… with the file as the body
 * (application/octet-stream, which no other site's form can send), answered with the stored item.
 */
async function upload(prisma: PrismaClient, req: Request): Promise<Response> {
  const contentType = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/octet-stream") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "evidence.contentType");
  const ctx = await signedIn(prisma, req);
  const query = ZUploadQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const cell = await assertCanChangeEvidence(ctx, {
    blocId: query.bloc,
    year: query.year,
    quarter: query.quarter,
    unitId: query.unit,
    criterionId: query.criterion,
  });
  const declared = req.headers.get("content-length");
  const file = await readEvidenceUpload(req.body, declared === null ? null : Number(declared));
  const item = await storeEvidenceFile(ctx, cell, { name: query.name, upload: file });
  return Response.json(
    { evidence: { ...item, createdAt: item.createdAt.toISOString() } },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
}

/** GET /evidence/<id>: the file streamed from the database, shown in place when the browser can show it. */
async function download(prisma: PrismaClient, req: Request, id: string): Promise<Response> {
  const ctx = await signedIn(prisma, req);
  const evidenceId = ZId.parse(id);
  const stored = await evidenceCellOf(ctx, evidenceId);
  await assertCanSeeEvidence(ctx, stored);
  if (stored.kind !== "FILE" || !stored.contentType) throw new AppError("NOT_FOUND", "notFound.evidence");
  return new Response(evidenceContent(prisma, stored.id), {
    headers: {
      "content-type": stored.contentType,
      "content-disposition": contentDisposition(
        stored.name,
        opensInBrowser(stored.contentType) ? "inline" : "attachment",
      ),
      "content-length": String(stored.size ?? 0),
      // Drafts only some may see: never kept by a shared cache.
      "cache-control": "private, no-store",
    },
  });
}

const expected = (error: unknown) =>
  error instanceof AppError ||
  error instanceof ZodError ||
  (error instanceof TRPCError && error.cause instanceof ZodError);

/** Evidence files in and out, beside the API: uploads take up to the evidence limit, not the API's 2 MiB. */
export function createEvidenceHandler({ prisma, onInternalError }: EvidenceHandlerOptions) {
  return async (req: Request): Promise<Response> => {
    const path = new URL(req.url).pathname;
    try {
      if (req.method === "POST" && path === EVIDENCE_ENDPOINT) return await upload(prisma, req);
      const id = path.startsWith(`${EVIDENCE_ENDPOINT}/`) ? path.slice(EVIDENCE_ENDPOINT.length + 1) : null;
      if (req.method === "GET" && id) return await download(prisma, req, id);
      throw new AppError("METHOD_NOT_SUPPORTED", "auth.forbidden");
    } catch (error) {
      if (!expected(error)) onInternalError?.(error);
      return refusal(error, requestLocale(req.headers));
    }
  };
}
