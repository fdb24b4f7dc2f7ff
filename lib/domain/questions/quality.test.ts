/**
 * The quality report: each measure catches what it names (small hand-made banks that break one
 * rule, next to a bank that keeps it), and the real bank meets every target, so CI fails when the
 * content regresses.
 */
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { sourceTopics } from "@/lib/domain/content/source-topics";
import { generateQuestionBank } from "./generate";
import {
  measureAboveRecall,
  measureDanglingStems,
  measureDistractorCategory,
  measureDistractorInStem,
  measureDistractorSetReuse,
  measureDuplicates,
  measureExplanationEchoes,
  measureKeyInStem,
  measureAbsoluteCue,
  measureKeyForm,
  measureKeyLength,
  measureLengthCue,
  measureLongestKey,
  measureTrueShare,
  measureYearAcronymShare,
  qualityReport,
  type Measure,
} from "./quality";
import type { Choice, Question, QuestionLevel } from "./types";

const common = {
  publicId: "q_x",
  explanation: "Why it is so. (Source: a.)",
  sources: [],
  difficulty: 2 as const,
  level: "recall" as QuestionLevel,
  scope: "source" as const,
  beyondSource: false,
  factIds: ["f"],
};
const tags = (kind: Question["kind"], template = `${kind}.t`, topic = "t") => ({
  programmeIds: [topic],
  topic,
  kind,
  template,
});

function single(
  id: string,
  prompt: string,
  key: string,
  wrong: string[],
  category: string | string[] = "c",
): Question {
  const cats = Array.isArray(category) ? category : [category];
  const options: Choice[] = [key, ...wrong].map((text, i) => ({
    id: `o${i}`,
    text,
    category: cats[Math.min(i, cats.length - 1)],
  }));
  return {
    ...common,
    id,
    kind: "single-choice",
    prompt,
    tags: tags("single-choice"),
    options,
    answer: "o0",
  };
}

function tf(id: string, statement: string, answer: boolean, explanation?: string): Question {
  return {
    ...common,
    id,
    kind: "true-false",
    prompt: "True or false?",
    statement,
    answer,
    tags: tags("true-false"),
    ...(explanation ? { explanation } : {}),
  };
}

function matching(id: string, pairs: Array<[string, string]>): Question {
  return {
    ...common,
    id,
    kind: "matching",
    prompt: "Match.",
    leftLabel: "L",
    rightLabel: "R",
    left: pairs.map(([l], i) => ({ id: `l${i}`, text: l })),
    right: pairs.map(([, r], i) => ({ id: `r${i}`, text: r })),
    answer: pairs.map((_, i) => ({ leftId: `l${i}`, rightId: `r${i}` })),
    tags: tags("matching"),
  };
}

const FORMATS = [
  "Partnership for Peace (PfP)",
  "Operational partnerships",
  "Consultations with non-member countries",
  "Multilateral and bilateral dialogues",
];

/** [measure name, function, bank that breaks it, the offending ids, bank that keeps it] */
const CASES: Array<[string, (bank: Question[]) => Measure, Question[], string[], Question[]]> = [
  [
    "key-in-stem: the key's distinctive word (operations -> Operational)",
    measureKeyInStem,
    [
      single(
        "bad",
        "A state wants to join NATO operations abroad. Which format fits?",
        FORMATS[1]!,
        [FORMATS[0]!, FORMATS[2]!, FORMATS[3]!],
      ),
    ],
    ["bad"],
    [
      single(
        "good",
        "A state wants to serve in a NATO-led mission abroad. Which format fits?",
        FORMATS[1]!,
        [FORMATS[0]!, FORMATS[2]!, FORMATS[3]!],
      ),
    ],
  ],
  [
    "key-in-stem: the key's acronym",
    measureKeyInStem,
    [single("acr", "What did the PfP set up in 1994?", FORMATS[0]!, [FORMATS[1]!, FORMATS[2]!])],
    ["acr"],
    [single("ok", "What did NATO set up in 1994?", FORMATS[0]!, [FORMATS[1]!, FORMATS[2]!])],
  ],
  [
    "key-in-stem: initials decide an acronym item",
    measureKeyInStem,
    [
      single("ini", 'What does "EAPC" stand for?', "Euro-Atlantic Partnership Council", [
        "Mediterranean Dialogue",
        "Istanbul Cooperation Initiative",
      ]),
    ],
    ["ini"],
    [
      single("ok", "Which forum replaced the NACC in 1997?", "Euro-Atlantic Partnership Council", [
        "Mediterranean Dialogue",
        "Istanbul Cooperation Initiative",
      ]),
    ],
  ],
  [
    "key-in-stem: a matching description echoes its own left item",
    measureKeyInStem,
    [
      matching("m", [
        ["Euro-Atlantic Partnership Council", "Brings Euro-Atlantic partners together"],
        ["Mediterranean Dialogue", "Seven countries of North Africa and the Middle East"],
        ["Istanbul Cooperation Initiative", "Four Gulf states"],
      ]),
    ],
    ["m"],
    [
      matching("m", [
        ["Euro-Atlantic Partnership Council", "Partners of Europe and Central Asia"],
        ["Mediterranean Dialogue", "Seven countries of North Africa and the Middle East"],
        ["Istanbul Cooperation Initiative", "Four Gulf states"],
      ]),
    ],
  ],
  [
    "distractor-category: founding members offered as non-member partners",
    measureDistractorCategory,
    [
      single(
        "cat",
        "Which country takes part in the Mediterranean Dialogue?",
        "Morocco",
        ["Belgium", "Canada"],
        ["non-member country", "NATO member country"],
      ),
    ],
    ["cat"],
    [
      single(
        "ok",
        "Which country takes part in the Mediterranean Dialogue?",
        "Morocco",
        ["Qatar", "Kuwait"],
        "non-member country",
      ),
    ],
  ],
  [
    "distractor-category: a year far from the key",
    measureDistractorCategory,
    [single("far", "In which year?", "1994", ["1949", "1997"], "year")],
    ["far"],
    [single("near", "In which year?", "1994", ["1991", "1997"], "year")],
  ],
  [
    "distractor-set-reuse: one set of wrong options behind six questions",
    measureDistractorSetReuse,
    Array.from({ length: 6 }, (_, i) => single(`s${i}`, `Q${i}?`, `Key ${i}`, ["Xa", "Xb"])),
    ["s0", "s1", "s2", "s3", "s4", "s5"],
    Array.from({ length: 5 }, (_, i) => single(`s${i}`, `Q${i}?`, `Key ${i}`, ["Xa", "Xb"])),
  ],
  [
    "duplicates: same key and options",
    measureDuplicates,
    [single("a", "Q one?", "K", ["X", "Y"]), single("b", "Q two?", "K", ["Y", "X"])],
    ["b"],
    [single("a", "Q one?", "K", ["X", "Y"]), single("b", "Q two?", "K", ["Y", "Z"])],
  ],
  [
    "duplicates: matchings sharing three pairs",
    measureDuplicates,
    [
      matching("m1", [
        ["A", "1"],
        ["B", "2"],
        ["C", "3"],
        ["D", "4"],
      ]),
      matching("m2", [
        ["A", "1"],
        ["B", "2"],
        ["C", "3"],
        ["E", "5"],
      ]),
    ],
    ["m2"],
    [
      matching("m1", [
        ["A", "1"],
        ["B", "2"],
        ["C", "3"],
      ]),
      matching("m2", [
        ["A", "1"],
        ["B", "2"],
        ["E", "5"],
      ]),
    ],
  ],
  [
    "dangling-stem: 'these consultations' and a leading 'Their'",
    measureDanglingStems,
    [
      tf("these", "The article calls these consultations essential.", true),
      tf("their", "Their adaptability has been crucial.", true),
    ],
    ["these", "their"],
    [
      tf("ok1", "NATO's consultations with China are essential. These consultations help.", true),
      single("ok2", "Which of these formats fits?", "K", ["X", "Y"]),
    ],
  ],
  [
    "explanation-echo: a true statement explained by itself",
    measureExplanationEchoes,
    [tf("echo", "NATO set up PfP in 1994.", true, "True. NATO set up PfP in 1994. (Source: a.)")],
    ["echo"],
    [tf("ok", "NATO set up PfP in 1994.", true, "True. It is the only date in the article.")],
  ],
  [
    "key-length: the key twice as long as every distractor",
    measureKeyLength,
    [
      single("long", "Why?", "Because it lets the Alliance draw on extra resources", [
        "Cost",
        "Law",
      ]),
    ],
    ["long"],
    [single("ok", "Why?", "To draw on extra resources", ["To cut its own costs", "To obey a law"])],
  ],
  [
    "key-form: every distractor opens alike and the key does not",
    measureKeyForm,
    [
      single("odd", "How does the article answer a critic?", "Adaptability kept them relevant", [
        "It agrees they lost relevance",
        "It says they ended long ago",
      ]),
    ],
    ["odd"],
    [
      single("ok", "How does the article answer a critic?", "It says adaptability kept them", [
        "It agrees they lost relevance",
        "It says they ended long ago",
      ]),
    ],
  ],
  [
    "absolute-cue: only the false statements are sweeping",
    measureAbsoluteCue,
    [
      tf("f1", "Only NATO members may contribute forces.", false),
      tf("f2", "ITPPs follow a standard package.", false),
      tf("t1", "Partners contribute forces to NATO-led missions.", true),
    ],
    ["f1"],
    [
      tf("f1", "Only NATO members may contribute forces.", false),
      tf("f2", "ITPPs follow a standard package.", false),
      tf("t1", "Partners contribute forces to NATO-led missions.", true),
      tf("t2", "PfP is open to all OSCE states outside NATO.", true),
    ],
  ],
  [
    "longest-key: the key a little longer than the rest, question after question",
    measureLongestKey,
    [
      single("l1", "Why?", "Cost of it all", ["Law of it", "Treaty", "Habit"]),
      single("l2", "How?", "By its treaty", ["By law", "By cost", "By habit"]),
    ],
    ["l1", "l2"],
    [
      single("l1", "Why?", "Cost of it all", ["Law of it", "Treaty", "Habit"]),
      single("k2", "How?", "By law", ["By its treaty", "By cost", "By habit"]),
      single("k3", "When?", "In 1994", ["In 1999", "In 2004", "Before the war"]),
      single("k4", "Who?", "Partners", ["Allies", "Members", "Every observer"]),
    ],
  ],
  [
    "length-cue: the true statements are the long ones",
    measureLengthCue,
    [
      tf("t1", "Partners contribute forces to the missions that NATO leads.", true),
      tf("t2", "The Partnership for Peace builds security relationships with partners.", true),
      tf("f1", "Partners vote in the Council.", false),
      tf("f2", "ITPPs are fixed.", false),
    ],
    [],
    [
      tf("t1", "Partners contribute forces to the missions that NATO leads.", true),
      tf("t2", "PfP began in 1994.", true),
      tf("f1", "Partners vote in the North Atlantic Council on every mission.", false),
      tf("f2", "ITPPs are fixed.", false),
    ],
  ],
  [
    "distractor-in-stem: the stem names a wrong option",
    measureDistractorInStem,
    [
      single("named", "Unlike Operational partnerships, what...?", FORMATS[0]!, [
        FORMATS[1]!,
        FORMATS[2]!,
      ]),
    ],
    ["named"],
    [single("ok", "Which format frames practical work?", FORMATS[0]!, [FORMATS[1]!, FORMATS[2]!])],
  ],
];

const idOf = (offender: string) => offender.split(":")[0];

describe.each(CASES)("%s", (_name, measure, broken, ids, kept) => {
  test("the breaking bank is off target and names exactly the offending ids", () => {
    const m = measure(broken);
    expect(m.ok).toBe(false);
    expect([...new Set(m.offenders.map(idOf))].sort()).toEqual([...ids].sort());
  });
  test("the bank that keeps the rule is on target", () => {
    const m = measure(kept);
    expect(m.offenders).toEqual([]);
    expect(m.ok).toBe(true);
  });
});

describe("share measures", () => {
  test.each<[string, boolean[], boolean]>([
    ["67 of 92 true is off target", [...Array(67).fill(true), ...Array(25).fill(false)], false],
    ["half true is on target", [true, false, true, false], true],
    ["40% true is on target", [true, true, false, false, false], true],
    ["a third true is off target", [true, false, false], false],
  ])("true share: %s", (_name, answers, ok) => {
    expect(measureTrueShare(answers.map((a, i) => tf(`t${i}`, `S${i}.`, a))).ok).toBe(ok);
  });

  test("year and acronym share: more than 15% of a bank is off target, naming the bank", () => {
    const year = (i: number) =>
      ({ ...single(`y${i}`, "In which year?", "1994", ["1991", "1997"], "year") }) as Question;
    const other = (i: number) => single(`o${i}`, `Why ${i}?`, `Reason ${i}`, ["A", "B"]);
    const heavy = [year(1), year(2), ...Array.from({ length: 8 }, (_, i) => other(i))];
    const light = [year(1), ...Array.from({ length: 9 }, (_, i) => other(i))];
    const off = measureYearAcronymShare([
      { name: "source", bank: light },
      { name: "full", bank: heavy },
    ]);
    expect(off.ok).toBe(false);
    expect(off.offenders).toEqual(["y1", "y2"]);
    expect(measureYearAcronymShare([{ name: "source", bank: light }]).ok).toBe(true);
  });

  test("above recall: a topic with fewer than six fails even when the total is met", () => {
    const q = (i: number, topic: string, level: QuestionLevel): Question => ({
      ...single(`${topic}${i}`, `Q${i}?`, `K${i}`, ["A", "B"]),
      level,
      tags: tags("single-choice", "single-choice.reason", topic),
    });
    const full = [
      ...Array.from({ length: 60 }, (_, i) => q(i, "a", "understand")),
      ...Array.from({ length: 6 }, (_, i) => q(i, "b", "apply")),
    ];
    expect(measureAboveRecall(full, ["a", "b"]).ok).toBe(true);
    const thin = [...full.slice(0, 60), ...Array.from({ length: 5 }, (_, i) => q(i, "b", "apply"))];
    expect(thin).toHaveLength(65);
    const m = measureAboveRecall(thin, ["a", "b"]);
    expect(m.ok).toBe(false);
    expect(m.offenders).toEqual(["b: 5"]);
    const recallOnly = full.map((x) => ({ ...x, level: "recall" as const }));
    expect(measureAboveRecall(recallOnly, ["a", "b"]).ok).toBe(false);
  });
});

describe("the real bank", () => {
  const pack = loadContent();
  const bank = generateQuestionBank(pack);
  const sourceBank = generateQuestionBank(toSourceOnlyPack(pack));
  test.each(qualityReport({ bank, sourceBank, topics: sourceTopics(pack) }).map((m) => [m.id, m]))(
    "%s is on target",
    (_id, m) => {
      expect(m.offenders, m.label).toEqual([]);
      expect(m.ok, `${m.label}: ${m.value} (target ${m.target})`).toBe(true);
    },
  );
});
