-- CreateTable
CREATE TABLE "FsrsProfile" (
    "userId" TEXT NOT NULL,
    "lastStartedAt" TIMESTAMP(3) NOT NULL,
    "parameters" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "inUse" BOOLEAN NOT NULL DEFAULT false,
    "defaultLogLoss" DOUBLE PRECISION,
    "defaultRmse" DOUBLE PRECISION,
    "personalLogLoss" DOUBLE PRECISION,
    "personalRmse" DOUBLE PRECISION,
    "fitItems" INTEGER NOT NULL DEFAULT 0,
    "testItems" INTEGER NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "optimisedAt" TIMESTAMP(3),

    CONSTRAINT "FsrsProfile_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsProfile" ADD CONSTRAINT "FsrsProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

