import { createHash } from "node:crypto";
import { EVIDENCE_MAX_BYTES } from "@thidua/core";
import { createApiHarness, pdfOf } from "@thidua/api/testing";
import { testDatabaseKind } from "@thidua/db/testing";

/**
 * `pnpm --filter @thidua/bench evidence` (THIDUA_TEST_DB=pglite|postgres): uploads a 10 MB file
 * through the real evidence handler a few times and streams it back, printing median milliseconds.
 * A measurement to read, not a test: nothing here passes or fails on time.
 */
const runs = Number(process.env.EVIDENCE_RUNS ?? 5);
const h = await createApiHarness();
const blocId = h.seed.blocs["LCI-HUYEN"];
const criterionId = h.seed.criteria["LCI-HUYEN"][2025]!["I.1"]!;
const bytes = Buffer.alloc(EVIDENCE_MAX_BYTES, 0x20);
pdfOf("Ban quet").copy(bytes);
const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const uploads: number[] = [];
const downloads: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const query = new URLSearchParams({
      bloc: blocId,
      year: "2025",
      quarter: "3",
      unit: h.seed.units["LCI-BATXAT"],
      criterion: criterionId,
      name: `Bản quét ${run}.pdf`,
    });
    let started = performance.now();
    const response = await h.evidence("donvi.batxat", `?${query}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: new Uint8Array(bytes),
    });
    if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
    const { evidence } = (await response.json()) as { evidence: { id: string } };
    uploads.push(performance.now() - started);

    started = performance.now();
    const back = Buffer.from(await (await h.evidence("donvi.batxat", `/${evidence.id}`)).arrayBuffer());
    downloads.push(performance.now() - started);
    if (sha(back) !== sha(bytes)) throw new Error("the file came back different");
  }
  const engine = testDatabaseKind() === "pglite" ? "PGlite" : "PostgreSQL";
  console.log(
    `${engine}: 10 MB upload median ${median(uploads).toFixed(0)} ms, download median ${median(downloads).toFixed(0)} ms (${runs} runs; uploads ${uploads.map((ms) => ms.toFixed(0)).join(", ")})`,
  );
} finally {
  await h.close();
}
