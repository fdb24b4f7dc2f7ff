-- AlterTable
ALTER TABLE "QuizResponse" ADD COLUMN     "programmeId" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "DailyActivity" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyActivity_pkey" PRIMARY KEY ("userId","day")
);

-- CreateTable
CREATE TABLE "ProgrammeDailyScore" (
    "userId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "ProgrammeDailyScore_pkey" PRIMARY KEY ("userId","programmeId","day")
);

-- CreateTable
CREATE TABLE "QuestionStat" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "weighted" DOUBLE PRECISION NOT NULL,
    "lastAnsweredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionStat_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateIndex
CREATE INDEX "QuestionStat_userId_weighted_idx" ON "QuestionStat"("userId", "weighted");

-- AddForeignKey
ALTER TABLE "DailyActivity" ADD CONSTRAINT "DailyActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeDailyScore" ADD CONSTRAINT "ProgrammeDailyScore_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionStat" ADD CONSTRAINT "QuestionStat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

