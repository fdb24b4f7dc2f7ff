/** The real bank: size, kinds, source-only subset, citations, ids. */
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { ENTRY_SECTIONS, SECTION_LEVEL, type DocumentSource } from "@/content/schema";
import { toSourceOnlyPack } from "@/lib/domain/content/source-only";
import { generateQuestionBank } from "./generate";
import { LEVELS, QUESTION_KINDS } from "./types";

const pack = loadContent();
const bank = generateQuestionBank(pack);
const sourceOnly = toSourceOnlyPack(pack);
const sourceBank = generateQuestionBank(sourceOnly);
const documents = pack.sources.filter((s): s is DocumentSource => s.kind === "document");

describe("the question bank built from the content", () => {
  test("has at least 150 distinct questions", () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(
      new Set(
        bank.map((q) =>
          JSON.stringify([
            q.kind,
            q.prompt,
            "statement" in q ? q.statement : "",
            "description" in q ? q.description : "",
            "options" in q ? q.options : "",
          ]),
        ),
      ).size,
    ).toBeGreaterThanOrEqual(150);
  });

  test.each(QUESTION_KINDS)("contains %s questions", (kind) => {
    expect(bank.some((q) => q.kind === kind)).toBe(true);
  });

  test("is sorted by id, with unique opaque public ids", () => {
    expect(bank.map((q) => q.id)).toEqual(
      bank
        .map((q) => q.id)
        .slice()
        .sort(),
    );
    expect(new Set(bank.map((q) => q.publicId)).size).toBe(bank.length);
    for (const q of bank) expect(q.publicId).toMatch(/^q_[0-9a-f]{14}$/);
  });

  test("every question has a prompt, an explanation with its citation, sources and tags", () => {
    for (const q of bank) {
      expect(q.prompt.length, q.id).toBeGreaterThan(0);
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      expect(q.factIds.length, q.id).toBeGreaterThan(0);
      expect(q.explanation, q.id).toMatch(/\(Source: .+\.\)$/);
      expect([1, 2, 3]).toContain(q.difficulty);
      expect(q.tags.kind).toBe(q.kind);
      expect(q.tags.programmeIds[0], q.id).toBe(q.id.split(":")[1]);
      expect(
        pack.programmes.some((p) => p.id === q.tags.topic && !p.parent),
        q.id,
      ).toBe(true);
    }
  });

  test("every explanation cites an existing paragraph of the source, or a named reference", () => {
    for (const q of bank)
      for (const s of q.sources) {
        if (s.beyondSource) {
          expect(pack.sources.find((x) => x.id === s.sourceId)?.kind, q.id).toBe("reference");
          expect(q.explanation).toContain(s.title);
          continue;
        }
        const doc = documents.find((d) => d.id === s.sourceId);
        const paragraph = doc?.paragraphs[(s.paragraph ?? 0) - 1];
        expect(paragraph, `${q.id} cites paragraph ${s.paragraph}`).toBeDefined();
        expect(s.passage, q.id).toBe(
          (s.sentences ?? []).map((n) => paragraph?.sentences[n - 1] ?? "?").join(" "),
        );
        expect(q.explanation).toContain(`paragraph ${s.paragraph}`);
      }
  });

  test("beyondSource is set exactly when a cited fact is beyond the source", () => {
    for (const q of bank) expect(q.beyondSource, q.id).toBe(q.sources.some((s) => s.beyondSource));
  });

  test("scope is background exactly when beyondSource is set; every question has a level", () => {
    for (const q of bank) {
      expect(q.scope, q.id).toBe(q.beyondSource ? "background" : "source");
      expect(LEVELS, q.id).toContain(q.level);
    }
  });

  test("hand-written entries carry their section's level; generated questions are recall", () => {
    const sectionOf = new Map(
      pack.programmes.flatMap((p) =>
        ENTRY_SECTIONS.flatMap((s) => p[s].map((e) => [`${p.id}:${e.id}`, s] as const)),
      ),
    );
    for (const q of bank) {
      const [, programme, key] = q.id.split(":");
      const section = sectionOf.get(`${programme}:${key}`);
      expect(q.level, q.id).toBe(section ? SECTION_LEVEL[section] : "recall");
    }
    expect(sectionOf.size).toBe(bank.filter((q) => q.level !== "recall").length);
  });
});

describe("the source-only bank", () => {
  test("contains no beyond-source material", () => {
    expect(sourceBank.length).toBeGreaterThan(0);
    expect(sourceBank.every((q) => !q.beyondSource)).toBe(true);
    expect(sourceOnly.programmes.flatMap((p) => p.facts).every((f) => !f.beyondSource)).toBe(true);
  });

  test.each(QUESTION_KINDS.filter((k) => k !== "ordering"))(
    "still contains %s questions",
    (kind) => {
      expect(sourceBank.some((q) => q.kind === kind)).toBe(true);
    },
  );

  test("every source-only question also exists in the full bank under the same id", () => {
    const ids = new Set(bank.map((q) => q.id));
    const missing = sourceBank.filter((q) => !ids.has(q.id)).map((q) => q.id);
    expect(missing).toEqual([]);
  });
});
