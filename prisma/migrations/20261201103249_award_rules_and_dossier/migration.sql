-- AlterTable
ALTER TABLE "CriteriaSet" ADD COLUMN     "awardRules" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "AwardDossier" (
    "id" TEXT NOT NULL,
    "blocYearId" TEXT NOT NULL,
    "meetingAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "chairName" TEXT NOT NULL,
    "chairPosition" TEXT NOT NULL,
    "secretaryName" TEXT NOT NULL,
    "secretaryPosition" TEXT NOT NULL,
    "attendees" TEXT NOT NULL,
    "voters" INTEGER NOT NULL,
    "minutesNumber" TEXT NOT NULL,
    "proposalNumber" TEXT NOT NULL,
    "proposalDate" TIMESTAMP(3) NOT NULL,
    "addressee" TEXT NOT NULL,
    "upperBody" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AwardDossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardNominee" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "awardCode" TEXT,
    "proposedCode" TEXT,
    "reason" TEXT,
    "votesFor" INTEGER NOT NULL DEFAULT 0,
    "votesAgainst" INTEGER NOT NULL DEFAULT 0,
    "votesAbstain" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AwardNominee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardDossier_blocYearId_key" ON "AwardDossier"("blocYearId");

-- CreateIndex
CREATE INDEX "AwardNominee_unitId_idx" ON "AwardNominee"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardNominee_dossierId_unitId_key" ON "AwardNominee"("dossierId", "unitId");

-- AddForeignKey
ALTER TABLE "AwardDossier" ADD CONSTRAINT "AwardDossier_blocYearId_fkey" FOREIGN KEY ("blocYearId") REFERENCES "BlocYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNominee" ADD CONSTRAINT "AwardNominee_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "AwardDossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardNominee" ADD CONSTRAINT "AwardNominee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

