-- CreateTable
CREATE TABLE "UsageWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UsageWindow_pkey" PRIMARY KEY ("key","windowStart")
);

