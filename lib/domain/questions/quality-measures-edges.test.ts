// Quality measures 1-5 (quality.ts lines 1-230), for Stryker's survivors: small made-up banks
// each measure must flag, with the exact Measure, beside clean questions it must not flag; built
// inside the tests (ignoreStatic). Each test was seen failing with its mutant applied by hand.
import { describe, expect, test } from "vitest";
import {
  measureDistractorCategory,
  measureDistractorSetReuse,
  measureDuplicates,
  measureKeyInStem,
  measureTrueShare,
  stemOf,
} from "./quality";
import type { Choice, Question } from "./types";

function base(id: string, prompt: string) {
  return {
    id,
    publicId: "q_x",
    prompt,
    explanation: "Why it is so.",
    sources: [],
    difficulty: 2 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f"],
  };
}
const tags = (kind: Question["kind"]) => ({ programmeIds: ["p"], topic: "p", kind, template: "t" });

/** Options o0, o1, ... from [text, category?] pairs. */
const opts = (...items: Array<string | [string, string]>): Choice[] =>
  items.map((item, i) =>
    typeof item === "string"
      ? { id: `o${i}`, text: item }
      : { id: `o${i}`, text: item[0], category: item[1] },
  );

function single(id: string, prompt: string, options: Choice[], answer = "o0"): Question {
  return {
    ...base(id, prompt),
    kind: "single-choice",
    tags: tags("single-choice"),
    options,
    answer,
  };
}

function multi(id: string, prompt: string, options: Choice[], answers: string[]): Question {
  return {
    ...base(id, prompt),
    kind: "multiple-select",
    tags: tags("multiple-select"),
    options,
    answers,
  };
}

function which(id: string, description: string, options: Choice[], answer = "o0"): Question {
  return {
    ...base(id, "Which programme is described?"),
    kind: "which-programme",
    tags: tags("which-programme"),
    description,
    options,
    answer,
  };
}

function tf(id: string, statement: string, answer: boolean): Question {
  return {
    ...base(id, "True or false?"),
    kind: "true-false",
    tags: tags("true-false"),
    statement,
    answer,
  };
}

function cloze(id: string, before: string, after: string, answers: string[]): Question {
  return {
    ...base(id, "Fill in the blank."),
    kind: "cloze",
    tags: tags("cloze"),
    before,
    after,
    answers,
    rejected: ["Gulf"],
  };
}

function short(id: string, prompt: string, answer: string, rejected: string[]): Question {
  return {
    ...base(id, prompt),
    kind: "short-answer",
    tags: tags("short-answer"),
    answer,
    accepted: [answer],
    rejected,
  };
}

function ordering(id: string, items: string[]): Question {
  const choices = items.map((text, i) => ({ id: `i${i}`, text }));
  return {
    ...base(id, "Put in order."),
    kind: "ordering",
    tags: tags("ordering"),
    items: choices,
    answer: choices.map((c) => c.id),
    orderLabel: "oldest first",
  };
}

/** Left and right lists in the given order; `answer` pairs l<i> with r<j>. */
function matching(
  id: string,
  left: string[],
  right: string[],
  answer: Array<[string, string]>,
): Question {
  return {
    ...base(id, "Match."),
    kind: "matching",
    tags: tags("matching"),
    leftLabel: "Programme",
    rightLabel: "Description",
    left: left.map((text, i) => ({ id: `l${i}`, text })),
    right: right.map((text, i) => ({ id: `r${i}`, text })),
    answer: answer.map(([leftId, rightId]) => ({ leftId, rightId })),
  };
}
/** Left i paired with right i. */
const zip = (n: number) =>
  Array.from({ length: n }, (_, i): [string, string] => [`l${i}`, `r${i}`]);

// Lines 60, 62, 64: each kind's stem is what the learner reads before the options.
test.each<[string, () => Question, string]>([
  [
    "true-false: prompt and statement",
    () => tf("t", "PfP began in 1994.", true),
    "True or false? PfP began in 1994.",
  ],
  [
    "which-programme: prompt and description",
    () => which("w", "It links NATO with Gulf states.", opts("ICI", "MD")),
    "Which programme is described? It links NATO with Gulf states.",
  ],
  [
    "cloze: the text around the blank",
    () => cloze("c", "NATO set up", "in 1994.", ["PfP"]),
    "NATO set up in 1994.",
  ],
  [
    "single-choice: the prompt alone",
    () => single("s", "Which one?", opts("A", "B")),
    "Which one?",
  ],
])("stemOf %s", (_name, build, stem) => {
  expect(stemOf(build())).toBe(stem);
});

describe("measureKeyInStem", () => {
  // Lines 49, 99, 101 (multiple select skipped; the "; " between two giveaways; the labels)
  test("two keys of a multiple select given away: one offender, both reasons", () => {
    const q = multi(
      "ms",
      "Which two did the PfP and the EAPC bring together?",
      opts(
        "Partnership for Peace (PfP)",
        "Euro-Atlantic Partnership Council (EAPC)",
        "Mediterranean Dialogue (MD)",
      ),
      ["o0", "o1"],
    );
    expect(measureKeyInStem([q])).toEqual({
      id: "key-in-stem",
      label: "key given away by the stem or its own description",
      target: "0",
      value: "1",
      ok: false,
      offenders: [`ms: gives the key's acronym "PfP"; gives the key's acronym "EAPC"`],
    });
  });

  // Lines 44 (which-programme skipped), 62 (its description is part of the stem)
  test("a which-programme description that names its key", () => {
    const q = which(
      "wp",
      "The Mediterranean Dialogue talks with North Africa.",
      opts("Mediterranean Dialogue", "Istanbul Cooperation Initiative"),
    );
    expect(measureKeyInStem([q]).offenders).toEqual([`wp: names the key "Mediterranean Dialogue"`]);
  });

  // Lines 85, 86 (short answer and cloze skipped), 64 (the cloze stem is its text)
  test("a short answer and a cloze that give their key away", () => {
    const bank = [
      short("sa", "Which programme, known as PfP, began in 1994?", "Partnership for Peace", [
        "Mediterranean Dialogue",
      ]),
      cloze("cz", "The Mediterranean Dialogue talks with the", "region.", ["Mediterranean"]),
      short("sa-ok", "Which programme began in 1994?", "Partnership for Peace", ["Istanbul"]),
      cloze("cz-ok", "The dialogue talks with the", "region.", ["Mediterranean"]),
    ];
    expect(measureKeyInStem(bank).offenders).toEqual([
      `sa: gives the key's initials "pfp"`,
      `cz: names the key "Mediterranean"`,
    ]);
  });

  // Line 86 (a cloze without answers has no key, not a made-up one)
  test("a cloze with no accepted answer gives nothing away", () => {
    expect(measureKeyInStem([cloze("cz", "Write the word here:", ".", [])]).offenders).toEqual([]);
  });

  // Lines 46 (every option taken for a key), 81 (the key's word shared by a wrong option)
  test.each<[string, () => Question]>([
    [
      "the stem names a wrong option, not the key",
      () =>
        single(
          "s",
          "Unlike the Mediterranean Dialogue, which format opened to all of Europe?",
          opts("Partnership for Peace (PfP)", "Mediterranean Dialogue", "Istanbul Initiative"),
        ),
    ],
    [
      "the stem's word is one the key shares with a wrong option",
      () =>
        single(
          "s",
          "Which dialogue includes Morocco?",
          opts("Mediterranean Dialogue", "Structured Dialogue", "Istanbul Initiative"),
        ),
    ],
  ])("not flagged: %s", (_name, build) => {
    expect(measureKeyInStem([build()]).offenders).toEqual([]);
  });

  // Lines 91, 92 (the pair's own left and right items), 96 (the "its description" wording)
  test("a matching whose second description echoes its own left item", () => {
    const q = matching(
      "m",
      ["Euro-Atlantic Partnership Council", "Mediterranean Dialogue", "Istanbul Initiative"],
      ["Partners of Europe and Central Asia", "Talks with Mediterranean lands", "Four Gulf states"],
      zip(3),
    );
    expect(measureKeyInStem([q]).offenders).toEqual([
      `m: its description echoes the key's word "mediterranean" ("mediterranean")`,
    ]);
  });

  // Line 93 (a pair pointing at a missing item is skipped, not read)
  test("matching pairs that point at missing items are skipped", () => {
    const q = matching(
      "m",
      ["Mediterranean Dialogue", "Istanbul Initiative"],
      ["Talks with Mediterranean lands", "Four Gulf states"],
      [
        ["lx", "r0"],
        ["l0", "rx"],
        ["l1", "r1"],
      ],
    );
    expect(measureKeyInStem([q]).offenders).toEqual([]);
  });

  // Line 94 (a word the left item shares with another left item is no giveaway)
  test("a description using a word two left items share is not flagged", () => {
    const q = matching(
      "m",
      ["Mediterranean Dialogue", "Political Dialogue"],
      ["A dialogue with North Africa", "Talks among all allies"],
      zip(2),
    );
    expect(measureKeyInStem([q]).offenders).toEqual([]);
  });

  // Line 89 (only matchings have pairs: true/false and ordering are not read as matchings)
  test("true/false and ordering questions are passed over", () => {
    const bank = [tf("t", "PfP began in 1994.", true), ordering("o", ["PfP", "EAPC"])];
    expect(measureKeyInStem(bank)).toMatchObject({ value: "0", ok: true, offenders: [] });
  });
});

describe("measureDistractorCategory", () => {
  // Lines 120, 121, 125-127 (the offender's wording, "?" for a missing category, the labels);
  // 44 (which-programme), 116 (a year exactly nearYears away is near)
  test("wrong categories and far years, with the exact Measure", () => {
    const bank = [
      single(
        "two",
        "Which country takes part in the Mediterranean Dialogue?",
        opts(["Morocco", "non-member country"], ["Belgium", "NATO member country"], "Atlantis", [
          "Qatar",
          "non-member country",
        ]),
      ),
      single(
        "yr",
        "In which year?",
        opts(["1994", "year"], ["2004", "year"], ["2005", "year"], ["Spring", "year"]),
      ),
      which("wp", "Gulf states.", opts(["ICI", "programme"], ["1994", "year"])),
      single("near", "In which year?", opts(["1994", "year"], ["1984", "year"], ["2004", "year"])),
    ];
    expect(measureDistractorCategory(bank)).toEqual({
      id: "distractor-category",
      label: "distractor of another category than the key",
      target: "0",
      value: "3",
      ok: false,
      offenders: [
        `two: "Belgium" (NATO member country), "Atlantis" (?) for a non-member country`,
        `yr: "2005" (year), "Spring" (year) for a year`,
        `wp: "1994" (year) for a programme`,
      ],
    });
  });

  // Lines 111, 112 (no options, a key without a category, an answer matching no option)
  test("questions it cannot judge are passed over", () => {
    const bank = [
      tf("t", "PfP began in 1994.", true),
      single("nocat", "Which?", opts("Morocco", ["Belgium", "NATO member country"])),
      single("nokey", "Which?", opts(["Morocco", "x"], ["Belgium", "y"]), "o9"),
    ];
    expect(measureDistractorCategory(bank)).toMatchObject({ value: "0", ok: true, offenders: [] });
  });
});

describe("measureTrueShare", () => {
  // Lines 41 (pct), 134, 135 (only true/false questions, only true ones), 137 (60% is in),
  // 139-144 (the labels, the value's wording, no offenders)
  test("3 true of 5 true/false questions, with another kind in the bank", () => {
    const answers = [true, false, true, true, false];
    const bank = [
      ...answers.map((a, i) => tf(`t${i}`, `Statement ${i}.`, a)),
      single("s", "Which?", opts("A", "B")),
    ];
    expect(measureTrueShare(bank)).toEqual({
      id: "true-share",
      label: "share of true statements among true/false questions",
      target: "40.0%-60.0%",
      value: "60.0% (3 of 5)",
      ok: true,
      offenders: [],
    });
  });

  // Line 41 (the target shows the bounds given)
  test("other bounds: 1 true of 3 is off a 50%-75% target", () => {
    const bank = [tf("a", "A.", true), tf("b", "B.", false), tf("c", "C.", false)];
    expect(measureTrueShare(bank, 0.5, 0.75)).toMatchObject({
      target: "50.0%-75.0%",
      value: "33.3% (1 of 3)",
      ok: false,
    });
  });
});

describe("measureDistractorSetReuse", () => {
  // Lines 153 (no options), 154 (order of the wrong options ignored), 155 (their text counts),
  // 157 (the " | " in the set), 164-166 (the labels)
  test("one set in any order behind six questions, other sets apart", () => {
    const bank = [
      ...Array.from({ length: 6 }, (_, i) =>
        single(`s${i}`, `Q${i}?`, opts(`Key ${i}`, ...(i % 2 ? ["Xb", "Xa"] : ["Xa", "Xb"]))),
      ),
      ...Array.from({ length: 6 }, (_, i) => single(`u${i}`, `U${i}?`, opts("K", `Y${i}`, "Z"))),
      tf("t", "PfP began in 1994.", true),
    ];
    expect(measureDistractorSetReuse(bank)).toEqual({
      id: "distractor-set-reuse",
      label: "the same distractor set used by more than 5 questions",
      target: "0",
      value: "6",
      ok: false,
      offenders: [0, 1, 2, 3, 4, 5].map((i) => `s${i}: set "xa | xb" used 6 times`),
    });
    expect(measureDistractorSetReuse(bank, 6)).toMatchObject({
      label: "the same distractor set used by more than 6 questions",
      value: "0",
      ok: true,
    });
  });
});

describe("measureDuplicates", () => {
  // Lines 182-188 (true/false, cloze, short answer and ordering duplicates), 44 (which-programme),
  // 177 (keys compared in any order), 228 (the labels)
  test("a duplicate of each kind, with the exact Measure", () => {
    const ms = (id: string, options: Choice[], answers: string[]) =>
      multi(id, `Pick ${id}.`, options, answers);
    const bank = [
      tf("t1", "PfP began in 1994.", true),
      tf("t2", "PfP began in 1994!", false),
      cloze("c1", "NATO set up", "in 1994.", ["PfP"]),
      cloze("c2", "NATO set up in", "1994.", ["PfP"]),
      short("a1", "Which programme began in 1994?", "PfP", []),
      short("a2", "Which programme began in 1994", "Partnership for Peace", []),
      ordering("o1", ["PfP", "EAPC", "MD"]),
      ordering("o2", ["MD", "PfP", "EAPC"]),
      which("w1", "Gulf states.", opts("ICI", "MD")),
      which("w2", "Gulf states", opts("MD", "ICI"), "o1"),
      ms("m1", opts("A", "B", "C"), ["o0", "o1"]),
      ms("m2", opts("B", "A", "C"), ["o0", "o1"]),
    ];
    expect(measureDuplicates(bank)).toEqual({
      id: "duplicates",
      label: "duplicates and near-duplicates",
      target: "0",
      value: "6",
      ok: false,
      offenders: ["t2", "c2", "a2", "o2", "w2", "m2"].map(
        (id) => `${id}: duplicates ${id.replace("2", "1")}`,
      ),
    });
  });

  // Lines 177 (the key counts), 178 (the description counts)
  test.each<[string, () => Question[]]>([
    [
      "same options, another key",
      () => [single("a", "Q?", opts("K", "X", "Y")), single("b", "Q?", opts("K", "X", "Y"), "o1")],
    ],
    [
      "which-programme: same options, another description",
      () => [
        which("a", "Gulf states.", opts("ICI", "MD")),
        which("b", "North Africa.", opts("ICI", "MD")),
      ],
    ],
  ])("not duplicates: %s", (_name, build) => {
    expect(measureDuplicates(build()).offenders).toEqual([]);
  });

  // Lines 213, 214 (each pair is read with its own left and right item)
  test.each<[string, string[], string[], Array<[string, string]>]>([
    ["the left items reshuffled", ["A", "C", "D", "B"], ["1", "2", "3", "4"], zip(4)],
    ["the right items reshuffled", ["A", "B", "C", "D"], ["1", "3", "4", "2"], zip(4)],
  ])("matchings sharing one pair only: %s", (_name, left, right, answer) => {
    const bank = [
      matching("m1", ["A", "B", "C", "D"], ["1", "2", "3", "4"], zip(4)),
      matching("m2", left, right, answer),
    ];
    expect(measureDuplicates(bank).offenders).toEqual([]);
    expect(measureDuplicates(bank, 1).offenders).toEqual(["m2: shares 1 pairs with m1"]);
  });

  // Lines 213, 214 (a pair pointing at a missing item does not break the measure)
  test("matching pairs that point at missing items", () => {
    const bank = [
      matching(
        "m1",
        ["A", "B"],
        ["1", "2"],
        [
          ["lx", "r0"],
          ["l1", "rx"],
        ],
      ),
      matching("m2", ["C", "D"], ["3", "4"], zip(2)),
    ];
    expect(measureDuplicates(bank).offenders).toEqual([]);
  });
});
