import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { z } from "zod";
import { hashPassword, temporaryPassword } from "@thidua/db";
import { recordAudit } from "../../audit/record";
import type { AuthedContext } from "../../context";
import { AppError } from "../../errors";
import { applyPlan } from "../../onboarding/apply";
import { planWorkbook, type Plan } from "../../onboarding/plan";
import { readWorkbook } from "../../onboarding/read";
import { SHEETS, type SheetKey } from "../../onboarding/sheets";
import { onboardingTemplate } from "../../onboarding/template";
import { adminProcedure, router } from "../../trpc";

/**
 * The workbook travels as base64 inside the mutation, like every other call: the file of a whole
 * province (a few hundred units and accounts) is tens of kilobytes, and 2 MB holds tens of
 * thousands of rows. Anything larger is refused before it is decoded.
 */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_BASE64_LENGTH = Math.ceil(MAX_FILE_BYTES / 3) * 4;
const ZXlsxFile = z.string().superRefine((value, ctx) => {
  const problem =
    value.length > MAX_BASE64_LENGTH
      ? "onboarding.tooLarge"
      : /^[A-Za-z0-9+/]*={0,2}$/.test(value)
        ? null
        : "onboarding.notBase64";
  if (problem) ctx.addIssue({ code: "custom", message: problem, params: { messageKey: problem } });
});

const ZStatus = z.enum(["create", "update", "unchanged", "refused"]);
const ZSheet = z.enum(Object.keys(SHEETS) as [SheetKey, ...SheetKey[]]);

const ZPreview = z.object({
  rows: z.array(
    z.object({ sheet: ZSheet, row: z.number().int(), key: z.string(), status: ZStatus, reasons: z.array(z.string()) }),
  ),
  /** Rows per sheet and status. */
  summary: z.record(ZSheet, z.record(ZStatus, z.number().int())),
  refused: z.number().int(),
  /** Send it back with apply: what is written must be what was previewed. */
  planHash: z.string(),
});

const ZApplied = z.object({
  summary: ZPreview.shape.summary,
  /** The new accounts' one-time passwords, shown once. */
  credentials: z.array(z.object({ username: z.string(), displayName: z.string(), temporaryPassword: z.string() })),
  /** The same as an .xlsx to hand out, base64. */
  credentialsFile: z.string().nullable(),
});

const hashOf = (plan: Plan) =>
  createHash("sha256")
    .update(
      JSON.stringify({
        rows: plan.rows.map(({ reasons: _, ...row }) => row),
        writes: [plan.units, plan.blocs, plan.blocYears, plan.accounts],
      }),
    )
    .digest("hex");

function summarise(plan: Plan) {
  const summary = Object.fromEntries(
    (Object.keys(SHEETS) as SheetKey[]).map((sheet) => [sheet, { create: 0, update: 0, unchanged: 0, refused: 0 }]),
  ) as Record<SheetKey, Record<z.output<typeof ZStatus>, number>>;
  for (const row of plan.rows) summary[row.sheet][row.status]++;
  return summary;
}

async function planOf(ctx: AuthedContext, file: string) {
  const workbook = await readWorkbook(Buffer.from(file, "base64"));
  return planWorkbook(ctx.prisma, workbook, ctx.locale, ctx.user.id);
}

async function preview({ ctx, input }: { ctx: AuthedContext; input: { file: string } }) {
  const plan = await planOf(ctx, input.file);
  return {
    rows: plan.rows,
    summary: summarise(plan),
    refused: plan.rows.filter((row) => row.status === "refused").length,
    planHash: hashOf(plan),
  };
}

async function credentialsWorkbook(credentials: z.output<typeof ZApplied>["credentials"]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Mật khẩu tạm thời");
  sheet.columns = [
    { header: "Tên đăng nhập", width: 24 },
    { header: "Họ tên", width: 40 },
    { header: "Mật khẩu tạm thời (đổi ở lần đăng nhập đầu)", width: 44 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const entry of credentials) sheet.addRow([entry.username, entry.displayName, entry.temporaryPassword]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

/** Applies the workbook all or nothing, if it still plans as it was previewed and no row is refused. */
async function apply({ ctx, input }: { ctx: AuthedContext; input: { file: string; planHash: string } }) {
  const plan = await planOf(ctx, input.file);
  const refused = plan.rows.filter((row) => row.status === "refused").length;
  if (refused > 0) throw new AppError("BAD_REQUEST", "onboarding.refused", { count: refused });
  if (hashOf(plan) !== input.planHash) throw new AppError("CONFLICT", "onboarding.changed");
  const created = plan.accounts.filter((account) => !account.existingId);
  const credentials = created.map((account) => ({
    username: account.username,
    displayName: account.displayName,
    temporaryPassword: temporaryPassword(),
  }));
  // Hashed before the transaction: a transaction is never held open for slow work.
  const hashes = new Map(
    await Promise.all(
      credentials.map(
        async (entry) => [entry.username, await hashPassword(entry.temporaryPassword, "temporary")] as const,
      ),
    ),
  );
  try {
    await ctx.prisma.$transaction(
      async (tx) => {
        await applyPlan(tx, ctx, plan, hashes);
        await recordAudit(tx, [
          { userId: ctx.user.id, entity: "user", entityId: ctx.user.id, action: "import", after: summarise(plan) },
        ]);
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Someone changed the same units, blocs or accounts meanwhile: nothing was written.
    if (error instanceof AppError) throw new AppError("CONFLICT", "onboarding.changed");
    throw error;
  }
  return {
    summary: summarise(plan),
    credentials,
    credentialsFile: credentials.length > 0 ? await credentialsWorkbook(credentials) : null,
  };
}

const ZFileInput = z.object({ file: ZXlsxFile });

/** Onboarding a province from a spreadsheet: the template, a preview of every row, and an all-or-nothing apply. */
export const onboardingRouter = router({
  template: adminProcedure.output(z.object({ fileName: z.string(), base64: z.string() })).query(async () => ({
    fileName: "thidua-mau-nhap-danh-sach.xlsx",
    base64: (await onboardingTemplate()).toString("base64"),
  })),
  preview: adminProcedure.input(ZFileInput).output(ZPreview).mutation(preview),
  commit: adminProcedure
    .input(ZFileInput.extend({ planHash: z.string().regex(/^[0-9a-f]{64}$/) }))
    .output(ZApplied)
    .mutation(apply),
});
