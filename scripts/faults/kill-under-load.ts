// Fault scenario (b): the server killed (SIGKILL, no shutdown of any kind) under a bounded load
// of answer saves and flashcard grades, then restarted.
//   1. Six learners, each answering a practice quiz and grading new cards, one write at a
//      time, as fast as the server answers. Every write is recorded with its outcome: a 2xx
//      is "acknowledged"; a request cut off by the kill is "in flight" (it may or may not
//      have landed).
//   2. Once a share of the planned writes is acknowledged, the server's process group gets
//      SIGKILL, and a new server is started on the same database.
//   3. Every acknowledged write must be in the database, as acknowledged.
//   4. Each client sends every write again, acknowledged or not (what the quiz player's
//      queue and the flashcard screen do after a lost reply). Each must be answered as
//      recorded, and nothing may be stored or counted twice: a learner's answers, counted
//      answers and the answer counts in the progress rollups agree, and so do their review
//      logs, review counts and the cards' repetition counts.
import { randomUUID } from "node:crypto";
import { ApiClient, newEmail } from "./api-client";
import { startApp, type AppInstance } from "./app-instance";
import type { Outcome, ScenarioContext } from "./context";

const CLIENTS = 6;
/** The kill comes once this share of the planned writes is acknowledged. */
const KILL_AT_SHARE = 0.45;

type Write =
  | { kind: "answer"; attemptId: string; position: number; value: boolean }
  | {
      kind: "grade";
      cardId: string;
      rating: number;
      requestId: string;
      expectedVersion: number;
    };
type Sent = { write: Write; outcome: "acknowledged" | "in flight" | "refused"; status?: number };

type Learner = {
  client: ApiClient;
  userId: string;
  attemptId: string;
  questions: number;
  sent: Sent[];
};

type StudyView = { data: { card: { cardId: string; version: number } | null } };

async function prepareLearner(app: AppInstance, databaseUrl: string, context: ScenarioContext) {
  const client = new ApiClient();
  const email = newEmail("kill");
  await client.signUp(app.origin, email, "kill-under-load-pw");
  const signIn = await client.signIn(app.origin, email, "kill-under-load-pw");
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status}`);
  const deck = await client.request(app.origin, "PUT", "/api/flashcards/decks/all", {
    json: { studying: true },
  });
  if (deck.status !== 200) throw new Error(`studying all decks: ${deck.status}`);
  const quiz = await client.request<{ data: { attemptId: string; questions: number } }>(
    app.origin,
    "POST",
    "/api/quiz-attempts",
    { json: { mode: "practice", count: 30, kinds: ["true-false"] } },
  );
  if (quiz.status !== 201) throw new Error(`start quiz: ${quiz.status}`);
  const [user] = await context.query<{ id: string }>(
    databaseUrl,
    `SELECT id FROM "User" WHERE email = $1`,
    [email],
  );
  return {
    client,
    userId: user!.id,
    attemptId: quiz.body.data.attemptId,
    questions: quiz.body.data.questions,
    sent: [],
  } satisfies Learner;
}

async function send(client: ApiClient, base: string, write: Write) {
  if (write.kind === "answer") {
    return client.request<StudyView>(
      base,
      "PUT",
      `/api/quiz-attempts/${write.attemptId}/responses`,
      { json: { position: write.position, response: { kind: "true-false", value: write.value } } },
    );
  }
  const { cardId, rating, requestId, expectedVersion } = write;
  return client.request<StudyView>(base, "POST", "/api/flashcards/reviews", {
    json: { cardId, rating, requestId, expectedVersion },
  });
}

/** One learner's load: answers and grades in turn until both run out or the server dies. */
async function runLoad(learner: Learner, base: string, isKilled: () => boolean) {
  const session = await learner.client.request<StudyView>(base, "GET", "/api/flashcards/session");
  let card = session.body.data.card;
  let position = 0;
  while (!isKilled() && (position < learner.questions || card)) {
    const writes: Write[] = [];
    if (position < learner.questions) {
      writes.push({
        kind: "answer",
        attemptId: learner.attemptId,
        position,
        value: position % 3 !== 0,
      });
      position++;
    }
    if (card) {
      writes.push({
        kind: "grade",
        cardId: card.cardId,
        // Easy: the card leaves today's queue, so the next one is another new card.
        rating: 4,
        requestId: randomUUID(),
        expectedVersion: card.version,
      });
      card = null;
    }
    for (const write of writes) {
      if (isKilled()) return;
      try {
        const reply = await send(learner.client, base, write);
        const ok = reply.status >= 200 && reply.status < 300;
        learner.sent.push({
          write,
          outcome: ok ? "acknowledged" : "refused",
          status: reply.status,
        });
        if (ok && write.kind === "grade") card = reply.body.data.card;
      } catch {
        learner.sent.push({ write, outcome: "in flight" });
        return;
      }
    }
  }
}

const keyOf = (userId: string, write: Write) =>
  write.kind === "answer"
    ? `answer ${write.attemptId} ${write.position} ${write.value}`
    : `grade ${userId} ${write.requestId} ${write.cardId}`;

/** Every answer and grade of these learners in the database, as keyOf names them. */
async function storedWrites(context: ScenarioContext, url: string, userIds: string[]) {
  const [answers, grades] = await Promise.all([
    context.query<{ attemptId: string; position: number; answer: { value: boolean } }>(
      url,
      `SELECT "attemptId", position, answer FROM "QuizResponse" WHERE "userId" = ANY($1)`,
      [userIds],
    ),
    context.query<{ userId: string; requestId: string; cardId: string }>(
      url,
      `SELECT "userId", "requestId", "cardId" FROM "ReviewLog" WHERE "userId" = ANY($1)`,
      [userIds],
    ),
  ]);
  return new Set([
    ...answers.map((r) => `answer ${r.attemptId} ${r.position} ${r.answer.value}`),
    ...grades.map((r) => `grade ${r.userId} ${r.requestId} ${r.cardId}`),
  ]);
}

type Tally = {
  responses: number;
  counted: number;
  dailyAnswers: number;
  questionAnswers: number;
  reviews: number;
  dailyReviews: number;
  reps: number;
};

/** What one learner has stored, counted each way the app counts it. */
async function tally(context: ScenarioContext, url: string, userId: string): Promise<Tally> {
  const [row] = await context.query<Tally>(
    url,
    `SELECT
       (SELECT count(*) FROM "QuizResponse" WHERE "userId" = $1)::int AS responses,
       (SELECT count(*) FROM "CountedAnswer" WHERE "userId" = $1)::int AS counted,
       (SELECT coalesce(sum(answers), 0) FROM "DailyActivity" WHERE "userId" = $1)::int
         AS "dailyAnswers",
       (SELECT coalesce(sum(answers), 0) FROM "QuestionStat" WHERE "userId" = $1)::int
         AS "questionAnswers",
       (SELECT count(*) FROM "ReviewLog" WHERE "userId" = $1)::int AS reviews,
       (SELECT coalesce(sum(reviews), 0) FROM "DailyActivity" WHERE "userId" = $1)::int
         AS "dailyReviews",
       (SELECT coalesce(sum(reps), 0) FROM "CardState" WHERE "userId" = $1)::int AS reps`,
    [userId],
  );
  return row!;
}

export async function killUnderLoad(context: ScenarioContext): Promise<Outcome> {
  const started = Date.now();
  const phases: string[] = [];
  let phaseStart = started;
  const phase = (name: string) => {
    phases.push(`${name} ${((Date.now() - phaseStart) / 1000).toFixed(0)} s`);
    phaseStart = Date.now();
  };
  const databaseUrl = await context.freshDatabase("kill");
  let app = await startApp({ databaseUrl, secret: context.secret });
  const problems: string[] = [];
  try {
    phase("start");
    const learners: Learner[] = [];
    for (let i = 0; i < CLIENTS; i++)
      learners.push(await prepareLearner(app, databaseUrl, context));
    // Each learner grades at most its 20 new cards a day; the quiz is as long as the bank allows.
    const planned = learners.reduce((n, l) => n + l.questions + 20, 0);
    const acknowledged = () =>
      learners.reduce((n, l) => n + l.sent.filter((s) => s.outcome === "acknowledged").length, 0);

    phase("sign-ups");
    let killed = false;
    let loadEnded = false;
    const base = app.origin;
    const load = Promise.all(learners.map((l) => runLoad(l, base, () => killed))).then(() => {
      loadEnded = true;
    });
    const killer = (async () => {
      while (acknowledged() < planned * KILL_AT_SHARE && !loadEnded)
        await new Promise((r) => setTimeout(r, 20));
      if (loadEnded) return;
      killed = true;
      await app.kill();
    })();
    await Promise.all([load, killer]);
    if (!killed) problems.push("the load ended before the kill");
    phase("load");

    const sent = learners.flatMap((l) => l.sent.map((s) => ({ ...s, userId: l.userId })));
    const acked = sent.filter((s) => s.outcome === "acknowledged");
    const inFlight = sent.filter((s) => s.outcome === "in flight");
    const refused = sent.filter((s) => s.outcome === "refused");
    if (refused.length)
      problems.push(`refused before the kill: ${refused.map((s) => s.status).join(", ")}`);

    // What the killed server left: every acknowledged write must be there.
    const userIds = learners.map((l) => l.userId);
    const afterKill = await storedWrites(context, databaseUrl, userIds);
    const storedAcked = acked.filter((s) => afterKill.has(keyOf(s.userId, s.write))).length;
    if (storedAcked !== acked.length)
      problems.push(`acknowledged ${acked.length}, stored after the kill ${storedAcked}`);
    const inFlightLanded = inFlight.filter((s) => afterKill.has(keyOf(s.userId, s.write))).length;

    // Restarted on the same port, so the clients' cookies and origins still fit.
    app = await startApp({ databaseUrl, secret: context.secret }, app.port);
    phase("restart");

    // Everything sent again, as a client unsure of its replies would.
    let resentOk = 0;
    const resentRefused: string[] = [];
    await Promise.all(
      learners.map(async (learner) => {
        for (const s of learner.sent) {
          const reply = await send(learner.client, app.origin, s.write);
          if (reply.status >= 200 && reply.status < 300) resentOk++;
          else resentRefused.push(`${s.write.kind} ${s.outcome}: ${reply.status}`);
        }
      }),
    );
    if (resentRefused.length)
      problems.push(`sent again and refused: ${resentRefused.slice(0, 5).join("; ")}`);

    const afterResend = await storedWrites(context, databaseUrl, userIds);
    const storedAll = sent.filter((s) => afterResend.has(keyOf(s.userId, s.write))).length;
    if (storedAll !== sent.length) problems.push(`sent ${sent.length}, stored ${storedAll}`);

    let duplicates = 0;
    for (const learner of learners) {
      const t = await tally(context, databaseUrl, learner.userId);
      const answers = learner.sent.filter((s) => s.write.kind === "answer").length;
      const grades = learner.sent.length - answers;
      const extra =
        Math.max(0, t.responses - answers) +
        Math.max(0, t.counted - t.responses) +
        Math.max(0, t.dailyAnswers - t.responses) +
        Math.max(0, t.questionAnswers - t.responses) +
        Math.max(0, t.reviews - grades) +
        Math.max(0, t.dailyReviews - t.reviews) +
        Math.max(0, t.reps - t.reviews);
      duplicates += extra;
      const agree =
        t.counted === t.responses &&
        t.dailyAnswers === t.responses &&
        t.questionAnswers === t.responses &&
        t.dailyReviews === t.reviews &&
        t.reps === t.reviews;
      if (!agree) problems.push(`counts disagree for one learner: ${JSON.stringify(t)}`);
    }

    phase("resend and checks");
    const ackAnswers = acked.filter((s) => s.write.kind === "answer").length;
    const detail =
      `acknowledged ${acked.length} (${ackAnswers} answers, ${acked.length - ackAnswers} ` +
      `grades) before the SIGKILL, stored ${storedAcked}; in flight ${inFlight.length} ` +
      `(${inFlightLanded} had landed); all ${sent.length} sent again: ${resentOk} answered ` +
      `as recorded, stored ${storedAll}, duplicates ${duplicates} (${phases.join(", ")})`;
    return {
      name: "(b) SIGKILL under load, restart",
      ok: problems.length === 0,
      detail: problems.length ? `${detail}\n    ${problems.join("\n    ")}` : detail,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await app.stop();
  }
}
