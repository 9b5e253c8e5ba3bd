import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { EVIDENCE_MAX_BYTES, isEvidenceType, type EvidenceType } from "@thidua/core";
import type { Prisma, PrismaClient } from "@thidua/db";
import { recordAudit } from "../audit/record";
import type { AuthedContext } from "../context";
import { AppError } from "../errors";
import { lockOpenQuarter, type WritableCell } from "./access";
import { evidenceItemSelect, toEvidenceItem, type TEvidenceItem } from "./item";

/**
 * Files are kept in the database as slices of this size: a download streams them one query at a
 * time, and a backup batch of them stays a few megabytes of JSON however large the files are.
 */
export const CHUNK_BYTES = 256 * 1024;

export const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "evidence.tooLarge", { limit: megabytes(EVIDENCE_MAX_BYTES) });

export interface Upload {
  bytes: Buffer;
  sha256: string;
}

/**
 * Reads an upload as it streams in, hashing on the way, and stops at the first byte past the limit:
 * no more than the limit is ever held. Held whole rather than written slice by slice, so the write
 * is one short transaction (PGlite has one connection: a slow client must not hold it).
 */
export async function readEvidenceUpload(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: number | null,
): Promise<Upload> {
  if (declaredLength !== null && declaredLength > EVIDENCE_MAX_BYTES) throw tooLarge();
  const hash = createHash("sha256");
  const parts: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > EVIDENCE_MAX_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      hash.update(value);
      parts.push(value);
    }
  }
  if (size === 0) throw new AppError("BAD_REQUEST", "evidence.empty");
  return { bytes: Buffer.concat(parts, size), sha256: hash.digest("hex") };
}

/** The file's type from its content (magic numbers, and the parts inside a .docx or .xlsx), never its name. */
export async function evidenceTypeOf(bytes: Buffer): Promise<EvidenceType> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isEvidenceType(detected.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "evidence.type");
  return detected.mime;
}

/** Stores a checked upload for its cell with its audit row, in one transaction. */
export async function storeEvidenceFile(
  ctx: AuthedContext,
  cell: WritableCell,
  file: { name: string; upload: Upload },
): Promise<TEvidenceItem> {
  const contentType = await evidenceTypeOf(file.upload.bytes);
  const { bytes, sha256 } = file.upload;
  return ctx.prisma.$transaction(async (tx) => {
    await lockOpenQuarter(tx, ctx, cell);
    const row = await tx.evidence.create({
      data: {
        criterionId: cell.criterionId,
        unitId: cell.unitId,
        quarter: cell.quarter,
        kind: "FILE",
        name: file.name,
        contentType,
        size: bytes.byteLength,
        sha256,
        createdById: ctx.user.id,
      },
      select: evidenceItemSelect,
    });
    await writeChunks(tx, row.id, bytes);
    const item = toEvidenceItem(row);
    await recordAudit(tx, [
      {
        userId: ctx.user.id,
        blocId: cell.blocId,
        entity: "evidence",
        entityId: row.id,
        action: "create",
        after: auditedEvidence(item),
      },
    ]);
    return item;
  });
}

/** What an audit row keeps of a piece of evidence: where it belongs and what it is, never the content. */
export const auditedEvidence = (item: TEvidenceItem) => ({
  unitId: item.unitId,
  criterionId: item.criterionId,
  quarter: item.quarter,
  kind: item.kind,
  name: item.name,
  url: item.url,
  contentType: item.contentType,
  size: item.size,
  sha256: item.sha256,
});

/** How many slices one statement writes or one read fetches: 2 MB, so a 10 MB file is five of each. */
export const CHUNKS_PER_BATCH = 8;

/**
 * Writes a file's slices, one INSERT of array parameters per batch of slices (as the grid's saves
 * are set-based). The slices travel as base64 text that the database decodes: binary parameters
 * pass through the Prisma engine and the PGlite adapter byte by byte, which made a 10 MB upload take
 * seconds (measured with `pnpm --filter @thidua/bench evidence`).
 */
export async function writeChunks(tx: Prisma.TransactionClient, evidenceId: string, bytes: Buffer): Promise<void> {
  const batchBytes = CHUNK_BYTES * CHUNKS_PER_BATCH;
  for (let from = 0; from < bytes.byteLength; from += batchBytes) {
    const positions: number[] = [];
    const slices: string[] = [];
    for (let start = from; start < Math.min(from + batchBytes, bytes.byteLength); start += CHUNK_BYTES) {
      positions.push(start / CHUNK_BYTES);
      slices.push(bytes.subarray(start, start + CHUNK_BYTES).toString("base64"));
    }
    await tx.$executeRaw`
      INSERT INTO "EvidenceChunk" ("evidenceId", "position", "bytes")
      SELECT ${evidenceId}, s.position, decode(s.bytes, 'base64')
      FROM unnest(${positions}::int[], ${slices}::text[]) AS s(position, bytes)`;
  }
}

/**
 * A stored file's content as a stream, a batch of slices per read (2 MB): a large file is never held
 * whole. Read as base64 text for the same reason slices are written so.
 */
export function evidenceContent(prisma: PrismaClient, evidenceId: string): ReadableStream<Uint8Array> {
  let position = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunks = await prisma.$queryRaw<{ bytes: string }[]>`
        SELECT encode("bytes", 'base64') AS "bytes" FROM "EvidenceChunk"
        WHERE "evidenceId" = ${evidenceId} AND "position" >= ${position} AND "position" < ${position + CHUNKS_PER_BATCH}
        ORDER BY "position"`;
      if (chunks.length === 0) {
        controller.close();
        return;
      }
      position += CHUNKS_PER_BATCH;
      for (const chunk of chunks) controller.enqueue(new Uint8Array(Buffer.from(chunk.bytes, "base64")));
    },
  });
}
