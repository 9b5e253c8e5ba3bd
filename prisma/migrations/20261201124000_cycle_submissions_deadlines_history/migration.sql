-- CreateEnum
CREATE TYPE "SheetState" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "PeriodAction" AS ENUM ('DEADLINE', 'LOCK', 'PUBLISH', 'REOPEN');

-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "deadline" DATE;

-- CreateTable
CREATE TABLE "UnitSheet" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "state" "SheetState" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "remarks" TEXT,
    "returnedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "UnitSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodEvent" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" "PeriodAction" NOT NULL,
    "reason" TEXT,
    "deadline" DATE,
    "unverified" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PeriodEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitSheet_unitId_idx" ON "UnitSheet"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSheet_periodId_unitId_key" ON "UnitSheet"("periodId", "unitId");

-- CreateIndex
CREATE INDEX "PeriodEvent_periodId_at_idx" ON "PeriodEvent"("periodId", "at");

-- AddForeignKey
ALTER TABLE "UnitSheet" ADD CONSTRAINT "UnitSheet_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSheet" ADD CONSTRAINT "UnitSheet_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodEvent" ADD CONSTRAINT "PeriodEvent_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodEvent" ADD CONSTRAINT "PeriodEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

