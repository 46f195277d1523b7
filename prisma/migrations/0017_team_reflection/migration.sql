-- CreateTable
CREATE TABLE "ReflectionRound" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "teamId" TEXT,
    "ownerId" TEXT,
    "openedById" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ReflectionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReflectionItem" (
    "roundId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReflectionItem_pkey" PRIMARY KEY ("roundId","itemId")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "ReflectionRating" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReflectionRating_pkey" PRIMARY KEY ("roundId","userId","itemId")
);

-- CreateTable
CREATE TABLE "TeamAgreement" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReflectionRound_teamId_openedAt_idx" ON "ReflectionRound"("teamId", "openedAt");

-- CreateIndex
CREATE INDEX "ReflectionRound_ownerId_openedAt_idx" ON "ReflectionRound"("ownerId", "openedAt");

-- CreateIndex
CREATE INDEX "TeamAgreement_roundId_idx" ON "TeamAgreement"("roundId");

-- AddForeignKey
ALTER TABLE "ReflectionRound" ADD CONSTRAINT "ReflectionRound_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionRound" ADD CONSTRAINT "ReflectionRound_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionRound" ADD CONSTRAINT "ReflectionRound_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionRound" ADD CONSTRAINT "ReflectionRound_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionItem" ADD CONSTRAINT "ReflectionItem_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReflectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionItem" ADD CONSTRAINT "ReflectionItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReflectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionRating" ADD CONSTRAINT "ReflectionRating_roundId_userId_fkey" FOREIGN KEY ("roundId", "userId") REFERENCES "Reflection"("roundId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionRating" ADD CONSTRAINT "ReflectionRating_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAgreement" ADD CONSTRAINT "TeamAgreement_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReflectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAgreement" ADD CONSTRAINT "TeamAgreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand, as the Prisma schema cannot say these (and no semicolon in comments: the
-- migration is split at them). A round belongs to a team or to one professional, never both or
-- neither. A team, and a professional on their own, have at most one open round at a time, also
-- when two people press "open" at once. An answer is on the scale.
ALTER TABLE "ReflectionRound" ADD CONSTRAINT "ReflectionRound_team_or_owner" CHECK (("teamId" IS NULL) <> ("ownerId" IS NULL));
CREATE UNIQUE INDEX "ReflectionRound_one_open_per_team" ON "ReflectionRound"("teamId") WHERE "closedAt" IS NULL AND "teamId" IS NOT NULL;
CREATE UNIQUE INDEX "ReflectionRound_one_open_per_owner" ON "ReflectionRound"("ownerId") WHERE "closedAt" IS NULL AND "ownerId" IS NOT NULL;
ALTER TABLE "ReflectionRating" ADD CONSTRAINT "ReflectionRating_value_on_scale" CHECK ("value" IS NULL OR "value" BETWEEN 1 AND 5);
