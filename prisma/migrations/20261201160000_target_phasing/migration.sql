-- CreateTable
CREATE TABLE "TargetPhasing" (
    "id" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "q1" DECIMAL(5,2) NOT NULL,
    "q2" DECIMAL(5,2) NOT NULL,
    "q3" DECIMAL(5,2) NOT NULL,
    "q4" DECIMAL(5,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "TargetPhasing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TargetPhasing_criterionId_key" ON "TargetPhasing"("criterionId");

-- AddForeignKey
ALTER TABLE "TargetPhasing" ADD CONSTRAINT "TargetPhasing_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

