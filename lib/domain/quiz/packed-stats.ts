/**
 * What the quiz setup page needs of the question bank to count matching questions as the
 * learner picks options: each question's topic, programmes, kind, level and scope. Sent as one
 * object per question, that was 47 KB of the page's props (twice in the page: HTML and React
 * payload; issue 15). Questions that agree on every filtered field count alike, so the page
 * sends each distinct combination once with how many questions share it, the programme ids as
 * indexes into one list. The whole is then one string (`encodeStats`): as nested arrays, the
 * 217 rows were some 1,500 values for React to serialise on every request, and the quotes of
 * their words were escaped again inside the HTML's script.
 */
import {
  LEVELS,
  QUESTION_KINDS,
  type QuestionKind,
  type QuestionLevel,
} from "@/lib/domain/questions/types";
import { filterQuestions, type FilterableQuestion, type QuizFilter } from "./draw-quiz";

/** [topic, programmes, kind, level or null, beyond the source (1) or not (0), questions]. */
export type PackedRow = [
  topic: number,
  programmes: number[],
  kind: QuestionKind,
  level: QuestionLevel | null,
  beyondSource: 0 | 1,
  questions: number,
];

export type PackedStats = { ids: string[]; rows: PackedRow[] };

/** A distinct combination of filtered fields, and how many questions share it. */
export type CountedQuestion = FilterableQuestion & { questions: number };

export function packStats(bank: readonly FilterableQuestion[]): PackedStats {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (id: string) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.push(id) - 1;
      indexOf.set(id, i);
    }
    return i;
  };
  const rows = new Map<string, PackedRow>();
  for (const q of bank) {
    const row: PackedRow = [
      index(q.tags.topic),
      q.tags.programmeIds.map(index),
      q.kind,
      q.level ?? null,
      q.beyondSource ? 1 : 0,
      1,
    ];
    const key = JSON.stringify(row.slice(0, 5));
    const same = rows.get(key);
    if (same) same[5]++;
    else rows.set(key, row);
  }
  return { ids, rows: [...rows.values()] };
}

export function unpackStats({ ids, rows }: PackedStats): CountedQuestion[] {
  return rows.map(([topic, programmes, kind, level, beyondSource, questions]) => ({
    tags: { topic: ids[topic]!, programmeIds: programmes.map((i) => ids[i]!) },
    kind,
    ...(level === null ? {} : { level }),
    beyondSource: beyondSource === 1,
    questions,
  }));
}

/**
 * The packed stats as one string: the ids joined by ",", a "|", then the rows joined by ";",
 * each row's fields joined by " " (programmes by ".", the kind and level as indexes into
 * QUESTION_KINDS and LEVELS, no level as "-"). Ids are content ids (letters, digits, "-").
 */
export function encodeStats({ ids, rows }: PackedStats): string {
  const row = ([topic, programmes, kind, level, beyondSource, questions]: PackedRow) =>
    [
      topic,
      programmes.join("."),
      QUESTION_KINDS.indexOf(kind),
      level === null ? "-" : LEVELS.indexOf(level),
      beyondSource,
      questions,
    ].join(" ");
  return `${ids.join(",")}|${rows.map(row).join(";")}`;
}

/** The inverse of `encodeStats`. */
export function decodeStats(encoded: string): PackedStats {
  const [ids = "", rows = ""] = encoded.split("|");
  const row = (text: string): PackedRow => {
    const [topic, programmes, kind, level, beyondSource, questions] = text.split(" ");
    return [
      Number(topic),
      programmes ? programmes.split(".").map(Number) : [],
      QUESTION_KINDS[Number(kind)]!,
      level === "-" ? null : LEVELS[Number(level)]!,
      beyondSource === "1" ? 1 : 0,
      Number(questions),
    ];
  };
  return { ids: ids ? ids.split(",") : [], rows: rows ? rows.split(";").map(row) : [] };
}

/** How many questions of the bank `filterQuestions` would keep. */
export function countMatching(stats: readonly CountedQuestion[], filter: QuizFilter): number {
  return filterQuestions(stats, filter).reduce((sum, q) => sum + q.questions, 0);
}
