/**
 * Edges of the later quality measures (quality.ts lines 231-435): small made-up questions each
 * check must flag, with the exact Measure, beside clean ones it must let pass, and exact counts
 * on a small bank. Each test was seen failing with its mutant applied.
 */
import { describe, expect, test } from "vitest";
import {
  aboveRecallByTopic,
  asksYearOrAcronym,
  countByKind,
  countByLevel,
  explanationBody,
  measureAboveRecall,
  measureAbsoluteCue,
  measureClozeTerm,
  measureDanglingStems,
  measureDistractorInStem,
  measureExplanationEchoes,
  measureKeyForm,
  measureKeyLength,
  measureLengthCue,
  measureLongestKey,
  measureYearAcronymShare,
} from "./quality";
import type {
  Choice,
  Question,
  QuestionLevel,
  QuestionScope,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "./types";

const common = {
  publicId: "q_x",
  explanation: "An own-words reason. (Source: a.)",
  sources: [],
  difficulty: 2 as const,
  level: "recall" as QuestionLevel,
  scope: "source" as QuestionScope,
  beyondSource: false,
  factIds: ["f"],
};

const tags = (kind: Question["kind"], template = `${kind}.t`, topic = "t") => ({
  programmeIds: [topic],
  topic,
  kind,
  template,
});

const choices = (texts: string[]): Choice[] => texts.map((text, i) => ({ id: `o${i}`, text }));

/** A single-choice question whose key is the first text. */
function single(id: string, prompt: string, key: string, wrong: string[]): SingleChoiceQuestion {
  return {
    ...common,
    id,
    kind: "single-choice",
    prompt,
    tags: tags("single-choice"),
    options: choices([key, ...wrong]),
    answer: "o0",
  };
}

function multi(id: string, prompt: string, keys: string[], wrong: string[]): Question {
  return {
    ...common,
    id,
    kind: "multiple-select",
    prompt,
    tags: tags("multiple-select"),
    options: choices([...keys, ...wrong]),
    answers: keys.map((_, i) => `o${i}`),
  };
}

function tf(id: string, statement: string, explanation = common.explanation): Question {
  return {
    ...common,
    id,
    kind: "true-false",
    prompt: "True or false?",
    statement,
    answer: true,
    explanation,
    tags: tags("true-false"),
  };
}

/** A true/false question with the given answer (tf() makes true ones). */
function statement(id: string, text: string, answer: boolean): Question {
  return { ...(tf(id, text) as TrueFalseQuestion), answer };
}

/** A true/false statement of `length` characters, named by its length. */
const ofLength = (length: number, answer: boolean) =>
  statement(`s${length}${answer}`, "x".repeat(length), answer);

function cloze(
  id: string,
  before: string,
  after: string,
  answers: string[],
  explanation = common.explanation,
): Question {
  return {
    ...common,
    id,
    kind: "cloze",
    prompt: "Fill the gap.",
    before,
    after,
    answers,
    rejected: [],
    explanation,
    tags: tags("cloze"),
  };
}

function whichProgramme(id: string, prompt: string, description: string): Question {
  return {
    ...common,
    id,
    kind: "which-programme",
    prompt,
    description,
    tags: tags("which-programme"),
    options: choices(["Mediterranean Dialogue", "Istanbul Cooperation Initiative", "Other"]),
    answer: "o0",
  };
}

function shortAnswer(id: string, prompt: string): Question {
  return {
    ...common,
    id,
    kind: "short-answer",
    prompt,
    answer: "Mediterranean Dialogue",
    accepted: ["Mediterranean Dialogue"],
    rejected: [],
    tags: tags("short-answer"),
  };
}

const measureOf = (id: string, label: string, offenders: string[]) => ({
  id,
  label,
  target: "0",
  value: String(offenders.length),
  ok: offenders.length === 0,
  offenders,
});

// Lines 238, 240, 242, 251 (which text of each kind is read, and the measure's own strings)
describe("measureDanglingStems", () => {
  const dangling = (offenders: string[]) =>
    measureOf("dangling-stem", "stems that lean on text outside the question", offenders);

  test("reads the prompt of a choice, the description of a which-programme, the gap text", () => {
    const bank = [
      single("sc", "It was founded in which year?", "1994", ["1991", "1997"]),
      whichProgramme("wp", "Which programme is described?", "These talks began in 1994."),
      // The prompt of a cloze is not read, only the sentence with its gap.
      { ...cloze("cz", "Their members met in", ".", ["1994"]), prompt: "This gap?" },
      cloze("cz-ok", "NATO set up the Partnership for Peace in", ".", ["1994"]),
      tf("tf-ok", "NATO set up the Partnership for Peace in 1994."),
    ];
    expect(measureDanglingStems(bank)).toEqual(
      dangling(['sc: starts with "It"', 'wp: starts with "These"', 'cz: starts with "Their"']),
    );
  });

  test("a which-programme whose prompt and description both dangle is named once", () => {
    const bank = [whichProgramme("wp", "Its aim?", "These talks began in 1994.")];
    expect(measureDanglingStems(bank)).toEqual(dangling(['wp: starts with "Its"']));
  });

  test("a bank of self-contained stems is on target", () => {
    const bank = [
      single("sc", "Which of these formats fits?", "A", ["B", "C"]),
      whichProgramme("wp", "Which programme is described?", "Talks with Gulf states."),
    ];
    expect(measureDanglingStems(bank)).toEqual(dangling([]));
  });
});

// Lines 256-258 (the trim, the citation and the leading verdict removed only where they stand)
describe("explanationBody", () => {
  test.each<[string, string, string]>([
    ["citation and verdict removed", "True. NATO did so. (Source: Doc, para 3.)", "NATO did so."],
    ["a citation glued to the text", "NATO did so.(Source: a.)", "NATO did so."],
    ["a citation with trailing space", "NATO did so. (Source: a.)  ", "NATO did so."],
    ["a citation of several characters", "NATO did so. (Source: ab.)", "NATO did so."],
    ["a citation in the middle is kept", "Seen (Source: a.) here.", "Seen (Source: a.) here."],
    ["a verdict glued to the text", "False.It did not.", "It did not."],
    ["a verdict in the middle is kept", "Not False. At all.", "Not False. At all."],
    ["surrounding spaces trimmed", "  NATO did so.  ", "NATO did so."],
  ])("%s", (_name, explanation, body) => {
    expect(explanationBody(tf("t", "S.", explanation))).toBe(body);
  });
});

// Lines 267, 273, 276 (the stem read per kind, any accepted gap filling, the measure's strings)
describe("measureExplanationEchoes", () => {
  const echoes = (offenders: string[]) =>
    measureOf("explanation-echo", "explanation equal to its stem once normalised", offenders);

  test("flags a prompt repeated, and a gap filled with any of its accepted answers", () => {
    const bank = [
      { ...single("sc", "Which format fits?", "A", ["B", "C"]), explanation: "Which format fits?" },
      cloze(
        "cz",
        "NATO set up PfP in ",
        ".",
        ["1994", "June 1994"],
        "NATO set up PfP in June 1994.",
      ),
      tf("tf", "NATO set up PfP in 1994.", "True. NATO set up PfP in 1994. (Source: a.)"),
      tf("tf-ok", "NATO set up PfP in 1994.", "True. It was the first step. (Source: a.)"),
    ];
    expect(measureExplanationEchoes(bank)).toEqual(
      echoes([
        "sc: the explanation repeats the stem",
        "cz: the explanation repeats the stem",
        "tf: the explanation repeats the stem",
      ]),
    );
  });

  test("explanations that teach are on target", () => {
    expect(measureExplanationEchoes([tf("tf", "S.")])).toEqual(echoes([]));
  });
});

// Lines 288, 289, 291 (the template, the wording, any key that is a year once trimmed, a gap)
describe("asksYearOrAcronym", () => {
  test.each<[string, Question, boolean]>([
    [
      "a year template even without a year in the key",
      {
        ...single("y", "When?", "Early", ["Late", "Never"]),
        tags: tags("single-choice", "single-choice.year"),
      },
      true,
    ],
    ["an acronym's expansion", single("a", 'What does "EAPC" stand for?', "A", ["B", "C"]), true],
    ["one key of several is a year", multi("m", "Which?", ["1994", "Dialogue"], ["Council"]), true],
    ["a key year with spaces around", single("s", "When?", " 1994 ", ["Late", "Never"]), true],
    ["a choice without a year", single("n", "Which format?", "A", ["B", "C"]), false],
    ["a gap filled by a year", cloze("c", "PfP began in ", ".", ["1994"]), true],
    ["a gap filled by a name", cloze("c", "It is the ", ".", ["Dialogue"]), false],
    ["a statement with a year", tf("t", "PfP began in 1994."), true],
    ["a statement without one", tf("t", "PfP is open to partners."), false],
    ["a short answer", shortAnswer("s", "Which programme?"), false],
  ])("%s", (_name, q, asks) => {
    expect(asksYearOrAcronym(q)).toBe(asks);
  });
});

// Lines 307-312 (the measure's strings, its value per bank, a share exactly at the limit)
describe("measureYearAcronymShare", () => {
  const year = (id: string) => single(id, "When?", "1994", ["1991", "1997"]);
  const other = (id: string) => single(id, "Which format?", "A", ["B", "C"]);

  test("names each bank's share and the questions of the banks above the limit", () => {
    const m = measureYearAcronymShare(
      [
        { name: "source", bank: [year("y1"), other("o1")] },
        { name: "full", bank: [year("y2"), year("y3"), other("o2")] },
      ],
      0.5,
    );
    expect(m).toEqual({
      id: "year-acronym-share",
      label: "share of the bank asking for a year or an acronym's expansion",
      target: "<= 50.0%",
      value: "source 50.0% (1), full 66.7% (2)",
      ok: false,
      offenders: ["y2", "y3"],
    });
  });

  test("a share exactly at the limit is on target", () => {
    const m = measureYearAcronymShare([{ name: "source", bank: [year("y1"), other("o1")] }], 0.5);
    expect(m.ok).toBe(true);
    expect(m.offenders).toEqual([]);
  });
});

// Lines 320-332 (only single-choice kinds, skipped without key or two distractors, both bounds)
// 322:17 (options?.key -> options.key) is equivalent: line 320 keeps only kinds with options.
describe("measureKeyLength", () => {
  const keyLength = (offenders: string[]) =>
    measureOf("key-length", "key that stands out by its length", offenders);

  test("flags a key much shorter than every distractor, naming the lengths", () => {
    const bank = [single("short", "Why?", "Law", ["Cost of it", "A treaty clause"])];
    expect(measureKeyLength(bank)).toEqual(keyLength(["short: key of 3 characters, others 10-15"]));
  });

  test("compares a short key with the shortest distractor, not the longest", () => {
    // 1.5 x 3 = 4.5 is not below 4: the key does not stand out.
    const bank = [single("ok", "Why?", "Law", ["Cost", "Because of a clause"])];
    expect(measureKeyLength(bank)).toEqual(keyLength([]));
  });

  test.each<[string, string, string[]]>([
    ["a key exactly 1.5 times the longest", "Sixsix", ["Four", "Fiv5"]],
    ["a key whose 1.5 times is exactly the shortest", "Four", ["Sixsix", "Sixsix"]],
  ])("%s is on target", (_name, key, wrong) => {
    expect(measureKeyLength([single("ok", "Why?", key, wrong)])).toEqual(keyLength([]));
  });

  test("skips multiple-select, one distractor and a key missing from the options", () => {
    const long = "Because it lets the Alliance draw on extra resources";
    const bank = [
      multi("ms", "Why?", [long], ["Cost", "Law"]),
      single("one", "Why?", long, ["Cost"]),
      { ...single("nokey", "Why?", long, ["Cost", "Law"]), answer: "zz" },
    ];
    expect(measureKeyLength(bank)).toEqual(keyLength([]));
  });
});

// Lines 340-348 (no options skipped, a trailing acronym dropped, the message, the strings)
describe("measureDistractorInStem", () => {
  const inStem = (offenders: string[]) =>
    measureOf("distractor-in-stem", "distractor named in the stem", offenders);
  const PFP = "Partnership for Peace (PfP)";

  test("names every distractor the stem names, a trailing acronym left out", () => {
    const bank = [
      single("two", "Unlike Operational partnerships and Partnership for Peace, what?", "Key", [
        PFP,
        "Operational partnerships",
        "Other",
      ]),
      single("spaced", "Unlike Partnership for Peace, what?", "Key", [`${PFP} `, "Other"]),
      tf("tf", "Partnership for Peace began in 1994."),
    ];
    expect(measureDistractorInStem(bank)).toEqual(
      inStem([
        'two: names "Partnership for Peace (PfP)", "Operational partnerships"',
        'spaced: names "Partnership for Peace (PfP) "',
      ]),
    );
  });

  test("a parenthesis inside a distractor stays part of what is looked for", () => {
    const bank = [single("ok", "Unlike Council members, what?", "Key", ["Council (EAPC) members"])];
    expect(measureDistractorInStem(bank)).toEqual(inStem([]));
  });
});

const q = (
  id: string,
  level: QuestionLevel,
  topic: string,
  scope: QuestionScope = "source",
): Question => ({
  ...single(id, "Why?", "A", ["B", "C"]),
  level,
  scope,
  tags: tags("single-choice", "single-choice.reason", topic),
});

// Lines 358-369 (source scope only, the strings, the fewest per topic, the total at its minimum)
describe("measureAboveRecall", () => {
  const bank = [
    q("a1", "understand", "a"),
    q("a2", "apply", "a"),
    q("a3", "compare", "a"),
    q("a4", "recall", "a"),
    q("a5", "apply", "a", "background"),
    q("b1", "misconception", "b"),
    q("b2", "understand", "b"),
  ];

  test("counts source questions above recall, in total and in the thinnest topic", () => {
    expect(measureAboveRecall(bank, ["a", "b"], 5, 3)).toEqual({
      id: "above-recall",
      label: "questions above recall from the source alone (total; fewest in one topic)",
      target: ">= 5; >= 3 per topic",
      value: "5; 2",
      ok: false,
      offenders: ["b: 2"],
    });
  });

  test("a total exactly at its minimum with every topic full is on target", () => {
    const m = measureAboveRecall(bank, ["a", "b"], 5, 2);
    expect([m.value, m.ok, m.offenders]).toEqual(["5; 2", true, []]);
  });

  test("a total below its minimum is off target even with every topic full", () => {
    const m = measureAboveRecall(bank, ["a", "b"], 6, 2);
    expect([m.value, m.ok, m.offenders]).toEqual(["5; 2", false, []]);
  });
});

// Lines 412-433 (counts per level, per kind, and per topic above recall)
describe("counts", () => {
  const bank = [
    q("a1", "understand", "a"),
    q("a2", "understand", "a"),
    q("a3", "recall", "a"),
    q("a4", "apply", "a", "background"),
    q("b1", "recall", "b"),
    q("c1", "compare", "c"),
    tf("t1", "S."),
    cloze("c2", "B ", ".", ["x"]),
  ];

  test("countByLevel counts every question once under its level", () => {
    expect(countByLevel(bank)).toEqual({
      recall: 4,
      understand: 2,
      compare: 1,
      apply: 1,
      misconception: 0,
    });
  });

  test("countByKind counts every question once under its kind", () => {
    expect(countByKind(bank)).toEqual({
      "single-choice": 6,
      "multiple-select": 0,
      "true-false": 1,
      cloze: 1,
      matching: 0,
      ordering: 0,
      "short-answer": 0,
      "which-programme": 0,
    });
  });

  test("aboveRecallByTopic counts each topic's questions above recall, whatever the scope", () => {
    const none = { recall: 0, understand: 0, compare: 0, apply: 0, misconception: 0 };
    expect(aboveRecallByTopic(bank, ["a", "b", "z"])).toEqual([
      { topic: "a", byLevel: { ...none, understand: 2, apply: 1 }, total: 3 },
      { topic: "b", byLevel: none, total: 0 },
      { topic: "z", byLevel: none, total: 0 },
    ]);
  });
});

// measureKeyForm: openings compared as words, case aside; several keys; kinds without options.
describe("measureKeyForm", () => {
  const keyForm = (offenders: string[]) =>
    measureOf("key-form", "key that stands out by its form", offenders);

  test("names the shared opening the key lacks", () => {
    const bank = [single("odd", "Why?", "None has one", ["All of them vote", "all of them pay"])];
    expect(measureKeyForm(bank)).toEqual(
      keyForm(['odd: every distractor opens with "all", the key does not']),
    );
  });

  test.each<[string, Question]>([
    ["distractors that open differently", single("a", "Why?", "None", ["All do", "Some do"])],
    [
      "a key that opens like them, in another case",
      single("b", "Why?", "all of it", ["All x", "All y"]),
    ],
    ["one distractor only", single("c", "Why?", "None of them", ["All of them"])],
    [
      "a multiple select with one key among them",
      multi("d", "Which?", ["It a", "Nope"], ["It b", "It c"]),
    ],
    ["a question without options", tf("e", "NATO set up PfP in 1994.")],
  ])("lets pass %s", (_name, question) => {
    expect(measureKeyForm([question])).toEqual(keyForm([]));
  });

  test("flags a multiple select whose keys all open otherwise", () => {
    const bank = [multi("ms", "Which?", ["Sharing", "Talking"], ["Voting in it", "Voting on it"])];
    expect(measureKeyForm(bank).offenders).toEqual([
      'ms: every distractor opens with "voting", the key does not',
    ]);
  });
});

// measureAbsoluteCue: whole words, any case; the gap's bound; offenders only when off target.
describe("measureAbsoluteCue", () => {
  test("reports both shares and names the sweeping false statements", () => {
    const bank = [
      statement("f1", "NATO ALWAYS leads.", false),
      statement("f2", "Partners vote in the Council.", false),
      statement("t1", "Partners contribute forces.", true),
    ];
    expect(measureAbsoluteCue(bank)).toEqual({
      id: "absolute-cue",
      label: "sweeping words in false statements, above their share in true ones",
      target: "<= 10 points",
      value: "false 50.0%, true 0.0%",
      ok: false,
      offenders: ["f1"],
    });
  });

  test("counts whole words only: 'nobody', 'Alliance' and 'onlyness' are not sweeping", () => {
    const bank = [
      statement("f1", "Nobody in the Alliance doubts its onlyness.", false),
      statement("t1", "Partners contribute forces.", true),
    ];
    expect(measureAbsoluteCue(bank).ok).toBe(true);
  });

  test("a gap of exactly the bound is on target, a hair above it is not", () => {
    const bank = [
      ...Array.from({ length: 9 }, (_, i) => statement(`f${i}`, "Partners vote.", false)),
      statement("f9", "Only members vote.", false),
      statement("t1", "Partners contribute.", true),
    ];
    expect(measureAbsoluteCue(bank).ok).toBe(true);
    expect(measureAbsoluteCue(bank, 0.099).ok).toBe(false);
  });

  test("a bank without true/false questions is on target", () => {
    expect(measureAbsoluteCue([single("s", "Why?", "Cost", ["Law", "Treaty"])]).ok).toBe(true);
  });
});

// measureLongestKey: strictly longest only; chance summed per question; the bound inclusive.
describe("measureLongestKey", () => {
  test("reports the count beside chance and names them when off target", () => {
    const bank = [
      single("a", "Why?", "Longest one", ["Short", "Tiny"]),
      single("b", "Why?", "Longest one", ["Short", "Tiny", "Wee"]),
    ];
    expect(measureLongestKey(bank)).toEqual({
      id: "longest-key",
      label: "key the longest option, against chance",
      target: "<= 1.25 x chance",
      value: "2 (chance 0.6)",
      ok: false,
      offenders: ["a", "b"],
    });
  });

  test("a key as long as a distractor is not the longest", () => {
    const bank = [single("tie", "Why?", "Same size", ["Same Size", "Tiny"])];
    expect(measureLongestKey(bank, 0)).toEqual(expect.objectContaining({ ok: true }));
  });

  test("exactly factor times chance is on target", () => {
    // Four questions of four options: chance 1; one key longest = 1 x chance.
    const bank = [
      single("l", "Why?", "Longest one", ["Short", "Tiny", "Wee"]),
      ...["x", "y", "z"].map((id) => single(id, "Why?", "Wee", ["Short", "Tiny", "Longest one"])),
    ];
    expect(measureLongestKey(bank, 1).ok).toBe(true);
    expect(measureLongestKey(bank, 0.99).ok).toBe(false);
  });

  test("skips multiple select, questions without options, a key missing from the options", () => {
    const bank = [
      multi("ms", "Which?", ["Longest of all"], ["Short", "Tiny"]),
      tf("tf", "NATO set up PfP in 1994."),
      { ...single("nokey", "Why?", "Longest one", ["Short", "Tiny"]), answer: "zz" },
    ];
    expect(measureLongestKey(bank)).toEqual(
      expect.objectContaining({ value: "0 (chance 0.0)", ok: true }),
    );
  });
});

// measureLengthCue: the median split, either way round; a statement at the median counts as short.
describe("measureLengthCue", () => {
  test("scores the rule 'long means true' against the median", () => {
    const bank = [ofLength(10, false), ofLength(20, false), ofLength(30, true), ofLength(40, true)];
    expect(measureLengthCue(bank)).toEqual({
      id: "length-cue",
      label: "true/false answered right by length alone (long = true, or long = false)",
      target: "<= 60.0%",
      value: "100.0%",
      ok: false,
      offenders: [],
    });
  });

  test("the other way round counts as well: short statements true", () => {
    const bank = [ofLength(10, true), ofLength(20, true), ofLength(30, false), ofLength(40, false)];
    expect(measureLengthCue(bank).value).toBe("100.0%");
  });

  test("an odd count splits at the middle length, which counts as short", () => {
    // Median 20: 10 and 20 are short (answered false), 30 long (answered true).
    const bank = [ofLength(10, false), ofLength(20, true), ofLength(30, true)];
    expect(measureLengthCue(bank).value).toBe("66.7%");
  });

  test("no cue at chance, the bound inclusive, and no statements at all", () => {
    const even = [ofLength(10, true), ofLength(20, false), ofLength(30, true), ofLength(40, false)];
    expect(measureLengthCue(even)).toEqual(expect.objectContaining({ value: "50.0%", ok: true }));
    expect(measureLengthCue(even, 0.5).ok).toBe(true);
    expect(measureLengthCue(even, 0.49).ok).toBe(false);
    expect(measureLengthCue([]).value).toBe("50.0%");
  });
});

// Mutants of the eighteenth session's measures that the tests above left alive. The ones still
// alive are equivalent: a non-true/false entry in the sweeping-word statements (no answer, so in
// neither share), `options?.key` made `options.key` (only kinds with options reach it), and the
// length rule inverted either way (the better of the rule and its inverse is what counts).
describe("the newer measures' remaining edges", () => {
  test("key form: an opening read after leading spaces, and no key, are not flagged", () => {
    const spaced = single("sp", "Why?", "  all of them vote", ["All of them pay", "All of it"]);
    // Without a key every option counts as wrong, and these all open alike.
    const keyless = { ...single("nk", "Why?", "All z", ["All x", "All y"]), answer: "zz" };
    expect(measureKeyForm([spaced, keyless]).offenders).toEqual([]);
  });

  test("longest key: which-programme counts; a question with no distractor does not", () => {
    const which = {
      ...whichProgramme("wp", "Which?", "A forum."),
      options: choices(["Istanbul Cooperation Initiative", "Mediterranean Dialogue", "Other"]),
    } as Question;
    const lone = { ...single("lone", "Why?", "A long key", []) };
    expect(measureLongestKey([which, lone]).value).toBe("1 (chance 0.3)");
  });

  test("length cue: other kinds are ignored and lengths are sorted before the median", () => {
    // Unsorted, the middle two would be 10 and 15; sorted, the median is 25.
    const bank = [
      ofLength(40, true),
      ofLength(35, true),
      ofLength(10, false),
      ofLength(15, false),
      ofLength(30, true),
      ofLength(20, false),
      single("s", "Why?", "Cost", ["Law", "Treaty"]),
    ];
    expect(measureLengthCue(bank).value).toBe("100.0%");
  });
});

// measureClozeTerm: which answers count as the subject's terms, and where the bank's terms come
// from (short options, matched and ordered items, typed answers; never another cloze). Stryker's
// one survivor here is equivalent: a made-up term for the kinds that give none ("Stryker was
// here") matches no answer a test would blank.
describe("measureClozeTerm", () => {
  const blank = (answer: string, id = answer) => cloze(id, "A", "of security.", [answer]);
  const matching = (left: string[], right: string[]) =>
    ({
      ...common,
      id: "m",
      kind: "matching",
      prompt: "Match.",
      leftLabel: "Format",
      rightLabel: "Feature",
      left: choices(left),
      right: choices(right),
      answer: [],
      tags: tags("matching"),
    }) as Question;
  const ordering = (items: string[]) =>
    ({
      ...common,
      id: "o",
      kind: "ordering",
      prompt: "Order.",
      items: choices(items),
      answer: [],
      orderLabel: "earliest first",
      tags: tags("ordering"),
    }) as Question;

  test("names an everyday word the bank never asks about", () => {
    expect(measureClozeTerm([blank("cornerstone", "c")])).toEqual(
      measureOf("cloze-term", "cloze blank that is not a term of the subject", [
        'c: "cornerstone" is no name, number or term the bank asks about',
      ]),
    );
  });

  test.each<[string, Question[]]>([
    ["a name", [blank("Wales")]],
    ["a year", [blank("1994")]],
    ["a number in words, hyphenated", [blank("twenty-five")]],
    [
      "a word of a short option",
      [blank("peacekeeping"), single("s", "Which?", "Peacekeeping", ["Trade"])],
    ],
    [
      "a word of a multiple select's wrong option",
      [blank("stability"), multi("ms", "Which?", ["Sharing"], ["Increasing stability"])],
    ],
    [
      "a which-programme option",
      [blank("dialogue"), whichProgramme("wp", "Which?", "A forum of seven.")],
    ],
    ["a typed answer", [blank("dialogue"), shortAnswer("sa", "Name it.")]],
    ["a matched item", [blank("bilateral"), matching(["Bilateral talks"], ["One country"])]],
    ["an ordered item", [blank("summit"), ordering(["The Wales summit", "The Madrid summit"])]],
    [
      "an option of exactly four words",
      [blank("open"), single("s", "Why?", "Keep lines open today", [])],
    ],
  ])("lets pass %s", (_name, bank) => {
    expect(measureClozeTerm(bank).offenders).toEqual([]);
  });

  test.each<[string, Question[]]>([
    [
      "a word only in an option of five words",
      [blank("open"), single("s", "Why?", "Keep the lines open today", [])],
    ],
    ["a word only in another cloze's answer", [blank("open"), blank("open", "other")]],
    ["a word only in a stem", [blank("open"), single("s", "Keep lines open?", "Yes", ["No"])]],
    [
      "the start of a longer word",
      [blank("peace"), single("s", "Which?", "Peacekeeping", ["Trade"])],
    ],
    ["a cloze without an answer", [cloze("e", "A", "B.", [])]],
    ["a capital only inside the word", [blank("xYz")]],
    ["a number word beside another word", [blank("seven seas")]],
    ["digits at the end of a word", [blank("g7")]],
    ["digits at the start of a word", [blank("7g")]],
  ])("flags %s", (_name, bank) => {
    expect(measureClozeTerm(bank).offenders[0]).toMatch(new RegExp(`^${bank[0]!.id}: `));
  });

  test("the word limit is a parameter", () => {
    const bank = [blank("open"), single("s", "Why?", "Keep the lines open today", [])];
    expect(measureClozeTerm(bank, 5).ok).toBe(true);
  });
});
