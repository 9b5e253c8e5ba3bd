-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK');

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "evidenceRequired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "explanation" TEXT;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "quarter" INTEGER NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "sha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceChunk" (
    "evidenceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "EvidenceChunk_pkey" PRIMARY KEY ("evidenceId","position")
);

-- CreateIndex
CREATE INDEX "Evidence_unitId_quarter_idx" ON "Evidence"("unitId", "quarter");

-- CreateIndex
CREATE INDEX "Evidence_criterionId_unitId_quarter_idx" ON "Evidence"("criterionId", "unitId", "quarter");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceChunk" ADD CONSTRAINT "EvidenceChunk_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Links entered before evidence had its own table stay visible, as link evidence of their cell.
INSERT INTO "Evidence" ("id", "criterionId", "unitId", "quarter", "kind", "name", "url", "createdAt", "createdById")
SELECT 'link-' || r."id", r."criterionId", r."unitId", r."quarter", 'LINK', r."evidenceUrl", r."evidenceUrl", r."updatedAt", r."updatedById"
FROM "Result" r
WHERE r."evidenceUrl" IS NOT NULL;
