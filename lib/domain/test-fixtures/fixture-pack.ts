/**
 * A small, fully controlled content pack for unit tests (test-only): four programmes in one
 * group, a theme, one source document and one reference. Built through the real schemas, so
 * defaults apply exactly as for YAML, and checked with validatePack.
 */
import {
  ProgrammeSchema,
  type ContentPack,
  type FalsePool,
  type Programme,
  type Source,
} from "@/content/schema";
import { splitParagraphs } from "@/content/source-text";
import { validatePack } from "@/content/validate-pack";

export const FIXTURE_DOC = "doc";
export const FIXTURE_TEXT = [
  "Intro line about the alliance. It works with outsiders.",
  "Alpha",
  "Alpha started in 1990. Alpha focuses on calm and on trust.",
  "Beta",
  "Beta started in 2000. Beta covers Freedonia and Sylvania.",
  "Gamma",
  "Gamma started in 2010. Gamma uses a broad format and a narrow format.",
  "Delta",
  "Delta started in 2020. Delta is adaptable.",
].join("\n");

const cite = (paragraph: number, sentence: number) => ({
  id: FIXTURE_DOC,
  paragraph,
  sentences: [sentence],
});

function programme(input: unknown): Programme {
  return ProgrammeSchema.parse(input);
}

export function buildFixturePack(): ContentPack {
  const sources: Source[] = [
    {
      id: FIXTURE_DOC,
      kind: "document",
      title: "Fixture article",
      publisher: "example.test",
      path: "sources/doc.txt",
      paragraphs: splitParagraphs(FIXTURE_TEXT),
    },
    {
      id: "ref",
      kind: "reference",
      title: "Reference page",
      publisher: "Example",
      url: "https://example.test/ref",
    },
  ];
  const pools: FalsePool[] = [
    {
      id: "not-members",
      why: "never members",
      category: "country",
      values: ["Ruritania", "Graustark", "Latveria", "Genovia"],
      labels: {},
    },
    {
      id: "not-aims",
      why: "never aims",
      category: "aim",
      values: ["Selling bread", "Building roads", "Printing money"],
      labels: {},
    },
    {
      id: "years",
      why: "other years",
      category: "year",
      values: ["1980", "1985", "1990", "1995"],
      labels: { "1985": "the fixture alliance was founded" },
    },
  ];
  const programmes: Programme[] = [
    programme({
      id: "alpha",
      name: "Alpha Programme",
      acronym: "AP",
      acronymFact: "alpha-acronym",
      aliases: ["Alpha"],
      kind: "programme",
      group: "g",
      order: 1,
      summary: { text: "The first and calmest of the fixture programmes.", facts: ["alpha-start"] },
      definition: { text: "The first fixture programme, focused on calm.", fact: "alpha-calm" },
      dates: [
        {
          fact: "alpha-start",
          year: 1990,
          event: "The first fixture programme starts",
          sentence: "It started in {year}.",
          pools: ["years"],
        },
      ],
      aims: {
        category: "aim",
        questionAll: "Select every aim.",
        pools: ["not-aims"],
        items: [
          { text: "Calm", fact: "alpha-calm" },
          { text: "Trust", fact: "alpha-trust" },
        ],
      },
      facts: [
        {
          id: "alpha-start",
          statement: "Alpha started in 1990.",
          source: cite(3, 1),
          clue: "Started in 1990.",
          cloze: { text: "Alpha started in ___.", answers: ["1990"] },
          falseStatements: [
            { text: "Alpha never started.", tempting: "Its start is easy to miss." },
          ],
          note: "It was the first of the fixture programmes.",
        },
        {
          id: "alpha-acronym",
          statement: "Alpha Programme is abbreviated AP.",
          source: cite(3, 1),
        },
        { id: "alpha-calm", statement: "Alpha focuses on calm.", source: cite(3, 2) },
        {
          id: "alpha-trust",
          statement: "Alpha focuses on trust.",
          source: cite(3, 2),
          choice: {
            prompt: "What does Alpha focus on besides calm?",
            answer: "Trust",
            category: "aim",
            distractors: ["Noise", "Speed", "noise!", "Haste"],
          },
        },
      ],
      reasons: [
        {
          id: "alpha-why-calm",
          sources: [cite(3, 2)],
          facts: ["alpha-calm"],
          explain: "Calm lowers tension, which the article ties to trust.",
          choice: {
            prompt: "Why does Alpha focus on calm?",
            answer: "To lower tension between members",
            distractors: ["To raise the price of bread", "To end all foreign trade"],
            category: "reason",
          },
        },
      ],
    }),
    programme({
      id: "beta",
      name: "Beta Initiative",
      acronym: "BI",
      acronymFact: "beta-start",
      kind: "initiative",
      group: "g",
      order: 2,
      summary: {
        text: "A fixture initiative covering two imaginary countries.",
        facts: ["beta-start"],
      },
      definition: {
        text: "A fixture entry covering two imaginary countries.",
        fact: "beta-members",
      },
      dates: [
        {
          fact: "beta-start",
          year: 2000,
          event: "The second fixture programme starts",
          sentence: "The second one started in {year}.",
          pools: [],
        },
      ],
      participants: {
        category: "country",
        questionAll: "Select every country that takes part.",
        pools: ["not-members"],
        items: [
          { text: "Freedonia", fact: "beta-members" },
          { text: "Sylvania", fact: "beta-members" },
        ],
      },
      facts: [
        {
          id: "beta-start",
          statement: "Beta started in 2000, abbreviated BI.",
          source: cite(5, 1),
          clue: "Started in 2000.",
        },
        {
          id: "beta-members",
          statement: "Freedonia and Sylvania take part in Beta.",
          source: cite(5, 2),
          clue: "Freedonia and Sylvania take part.",
          select: {
            prompt: "Select both members.",
            answers: ["Freedonia", "Sylvania"],
            category: "country",
            pools: ["not-members"],
          },
        },
      ],
      cases: [
        {
          id: "beta-case-two-countries",
          sources: [cite(5, 2)],
          explain: "Beta is the one that covers two named countries.",
          format: {
            situation: "Two imaginary countries want to work with the fixture alliance together.",
            answer: "beta",
            distractors: ["alpha", "gamma"],
          },
        },
        {
          id: "beta-case-typed",
          sources: [cite(5, 2)],
          explain: "Beta is the one that covers two named countries.",
          typed: {
            situation: "Freedonia wants to join a framework with Sylvania.",
            answer: "beta",
          },
        },
      ],
    }),
    programme({
      id: "gamma",
      name: "Gamma Format",
      acronym: "GF",
      acronymFact: "gamma-start",
      kind: "format",
      group: "g",
      order: 3,
      summary: {
        text: "A fixture format with a broad and a narrow variant.",
        facts: ["gamma-formats"],
      },
      definition: {
        text: "A fixture entry with a broad and a narrow variant.",
        fact: "gamma-formats",
      },
      dates: [
        {
          fact: "gamma-start",
          year: 2010,
          event: "The third fixture programme starts",
          sentence: "The third one started in {year}.",
          pools: [],
        },
      ],
      differences: [
        {
          from: "delta",
          text: "Gamma has two formats, whereas Delta is known for being adaptable.",
          facts: ["gamma-formats", "delta-adaptable"],
        },
      ],
      facts: [
        {
          id: "gamma-start",
          statement: "Gamma started in 2010, abbreviated GF.",
          source: cite(7, 1),
          clue: "Started in 2010.",
        },
        {
          id: "gamma-formats",
          statement: "Gamma uses a broad and a narrow format.",
          source: cite(7, 2),
          clue: "Uses a broad and a narrow format.",
          alsoTrueOf: ["delta"],
          cloze: {
            text: "Gamma uses a ___ format and a narrow one.",
            answers: ["broad"],
            reject: ["narrow"],
          },
        },
      ],
      comparisons: [
        {
          id: "gamma-delta-match",
          sources: [cite(7, 2), cite(9, 2)],
          about: ["delta"],
          explain: "Gamma has two formats; Delta adapts; Alpha seeks calm.",
          pairs: {
            prompt: "Match each entry with what sets it apart.",
            leftLabel: "Entry",
            rightLabel: "Feature",
            items: [
              { left: "Gamma Format", right: "Two formats, broad and narrow" },
              { left: "Delta Dialogue", right: "Known for adapting" },
              { left: "Alpha Programme", right: "A focus on calm" },
            ],
          },
        },
        {
          id: "gamma-delta-truth",
          sources: [cite(7, 2), cite(9, 2)],
          about: ["delta"],
          explain: "The article gives Gamma two formats and calls Delta adaptable.",
          truth: { statement: "Gamma has more formats than Delta is said to have.", answer: true },
        },
      ],
    }),
    programme({
      id: "delta",
      name: "Delta Dialogue",
      kind: "dialogue",
      group: "g",
      order: 4,
      summary: {
        text: "The youngest fixture entry, known for being adaptable.",
        facts: ["delta-start"],
      },
      dates: [
        {
          fact: "delta-start",
          year: 2020,
          event: "The fourth fixture programme starts",
          sentence: "The fourth one started in {year}.",
          pools: [],
        },
      ],
      facts: [
        {
          id: "delta-start",
          statement: "Delta started in 2020.",
          source: cite(9, 1),
          clue: "Started in 2020.",
        },
        { id: "delta-adaptable", statement: "Delta is adaptable.", source: cite(9, 2) },
        {
          id: "delta-extra",
          statement: "Delta has an extra, referenced property.",
          source: { id: "ref" },
          beyondSource: true,
          clue: "Has an extra, referenced property.",
        },
      ],
      misconceptions: [
        {
          id: "delta-myth-fixed",
          sources: [{ id: "ref" }],
          explain: "The reference page says Delta keeps changing.",
          tempting: "Its name sounds like a fixed letter of the alphabet.",
          truth: { statement: "Delta never changes.", answer: false },
        },
      ],
    }),
    programme({
      id: "theme",
      name: "Working with outsiders",
      kind: "theme",
      order: 5,
      summary: { text: "How the alliance deals with non-members.", facts: ["theme-outsiders"] },
      facts: [
        {
          id: "theme-outsiders",
          statement: "The alliance works with outsiders.",
          source: cite(1, 2),
        },
      ],
    }),
  ];
  const issues = validatePack({
    sourcesFile: "sources/index.yaml",
    poolsFile: "pools.yaml",
    sources,
    pools,
    programmes: programmes.map((p) => ({ file: `programmes/${p.id}.yaml`, programme: p })),
  });
  if (issues.length > 0) throw new Error(`invalid fixture: ${JSON.stringify(issues)}`);
  return { version: "fixture", sources, programmes, pools };
}
