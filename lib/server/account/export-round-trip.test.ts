import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import { makeUser } from "@/test/make-user";
import { setCardSuspended } from "@/lib/server/flashcards/suspend-card";
import { CSV_FILES, exportCsvZipStream, exportJsonStream, type MyData } from "./export-my-data";

const t0 = new Date("2026-03-10T09:00:00Z");

const bytesOf = async (stream: ReadableStream<Uint8Array>) =>
  new Uint8Array(await new Response(stream).arrayBuffer());

/** How a JSON export value reads back from a CSV cell: null is blank, the rest its text. */
const asCell = (value: unknown) => (value === null ? "" : String(value));

describe("the data export", () => {
  test("every CSV parses back to exactly the JSON export's rows", async () => {
    const user = await makeUser("round-trip");
    await db.user.update({ where: { id: user.id }, data: { name: 'Ada "the, first"\nLovelace' } });
    await setDeckStudying(user.id, "pfp", { studying: true });
    for (const mode of ["practice", "exam"] as const) {
      const started = await startQuiz(user.id, { count: 5, mode }, { now: t0 });
      if (!started.ok) throw new Error(started.error);
      const { attemptId } = started.data;
      const questions = storedQuestions(
        await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } }),
      );
      for (const [position, right] of [true, false, true].entries()) {
        const question = questions[position]!;
        const response = right ? correctResponse(question) : wrongResponse(question);
        await saveQuizResponse(user.id, attemptId, { position, response }, t0);
      }
      if (mode === "exam") await submitQuizAttempt(user.id, attemptId, t0);
    }
    const card = (await getStudySession(user.id, undefined, t0)).card!;
    await gradeFlashcard(
      user.id,
      { cardId: card.cardId, rating: 1, requestId: randomUUID(), expectedVersion: 0 },
      t0,
    );
    await setCardSuspended(user.id, card.cardId, { suspended: true });

    // The two downloads as a browser receives them.
    const data = JSON.parse(strFromU8(await bytesOf(exportJsonStream(user.id, t0)))) as MyData;
    expect(data.quizResponses.map((r) => r.correct)).toContain(false);
    const files = unzipSync(await bytesOf(exportCsvZipStream(user.id)));
    for (const [file, key] of Object.entries(CSV_FILES)) {
      const json = key === "profile" ? [data.profile] : data[key];
      const csv = parse(strFromU8(files[file]!), { columns: true }) as Record<string, string>[];
      expect(json.length).toBeGreaterThan(0);
      expect(csv, file).toEqual(
        json.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCell(v)]))),
      );
    }
    const responses = parse(strFromU8(files["quiz-responses.csv"]!), { columns: true }) as {
      correct: string;
    }[];
    expect(new Set(responses.map((r) => r.correct))).toEqual(new Set(["true", "false"]));
  });
});
