/**
 * Cross-file content rules that a per-file schema cannot express (pure, no I/O):
 * unique ids, every reference resolves, every citation points at an existing paragraph and
 * sentence of a document (or at a reference for beyond-source facts), beyond-source entities
 * contain only beyond-source facts, distractors never equal an answer, clues and summaries do
 * not name the entity they describe, cloze texts hold exactly one blank, and every hand-written
 * question entry has exactly one form whose options and programmes resolve.
 */
import type { ContentIssue, IssuePath } from "./content-error";
import type { Citation, Entry, FalsePool, Fact, Programme, Source } from "./schema";
import { ENTRY_FORMS, ENTRY_SECTIONS, LIST_KINDS } from "./schema";

export interface ProgrammeFile {
  file: string;
  programme: Programme;
}

export interface PackDraft {
  sourcesFile: string;
  poolsFile: string;
  sources: Source[];
  pools: FalsePool[];
  programmes: ProgrammeFile[];
}

/** Loose comparison key: case, accents and punctuation do not make two values different. */
export function simplifyText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function mentions(text: string, name: string): boolean {
  const needle = simplifyText(name);
  return needle.length > 0 && ` ${simplifyText(text)} `.includes(` ${needle} `);
}

export function validatePack(draft: PackDraft): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sourceById = new Map(draft.sources.map((s) => [s.id, s]));
  const poolById = new Map(draft.pools.map((p) => [p.id, p]));
  const programmeById = new Map<string, ProgrammeFile>();
  const factOwner = new Map<string, { fact: Fact; entry: ProgrammeFile; index: number }>();
  const entryIds = new Map<string, string>();

  draft.sources.forEach((s, i) => {
    if (draft.sources.findIndex((o) => o.id === s.id) !== i)
      issues.push({
        file: draft.sourcesFile,
        path: ["sources", i, "id"],
        message: `duplicate source id "${s.id}"`,
      });
  });
  draft.pools.forEach((p, i) => {
    if (draft.pools.findIndex((o) => o.id === p.id) !== i)
      issues.push({
        file: draft.poolsFile,
        path: ["pools", i, "id"],
        message: `duplicate pool id "${p.id}"`,
      });
    const seen = new Set<string>();
    p.values.forEach((v, j) => {
      const key = simplifyText(v);
      if (seen.has(key))
        issues.push({
          file: draft.poolsFile,
          path: ["pools", i, "values", j],
          message: `duplicate value "${v}"`,
        });
      seen.add(key);
    });
  });

  for (const entry of draft.programmes) {
    const { programme, file } = entry;
    const expectedFile = `programmes/${programme.id}.yaml`;
    if (file !== expectedFile)
      issues.push({
        file,
        path: ["id"],
        message: `id "${programme.id}" must match the file name (${expectedFile})`,
      });
    if (programmeById.has(programme.id))
      issues.push({ file, path: ["id"], message: `duplicate programme id "${programme.id}"` });
    programmeById.set(programme.id, entry);
    programme.facts.forEach((fact, index) => {
      const other = factOwner.get(fact.id);
      if (other)
        issues.push({
          file,
          path: ["facts", index, "id"],
          message: `duplicate fact id "${fact.id}" (also in ${other.entry.file})`,
        });
      else factOwner.set(fact.id, { fact, entry, index });
    });
  }

  /** A citation resolves; `beyond` says whether it must be a reference (true) or a document. */
  const checkCitation = (path: IssuePath, c: Citation, beyond: boolean | null, file: string) => {
    const at = (p: IssuePath, message: string) => issues.push({ file, path: p, message });
    const source = sourceById.get(c.id);
    if (!source) {
      at([...path, "id"], `unknown source id "${c.id}"`);
      return;
    }
    if (source.kind === "document") {
      if (beyond === true)
        at(
          [...path, "id"],
          "a beyond-source fact must cite its own reference, not the source document",
        );
      if (c.paragraph === undefined) {
        at([...path, "paragraph"], "required when citing a document");
        return;
      }
      const paragraph = source.paragraphs[c.paragraph - 1];
      if (!paragraph) {
        at(
          [...path, "paragraph"],
          `paragraph ${c.paragraph} does not exist (the source has ${source.paragraphs.length})`,
        );
        return;
      }
      if (c.sentences === undefined) at([...path, "sentences"], "required when citing a document");
      else
        c.sentences.forEach((n, j) => {
          if (n > paragraph.sentences.length)
            at(
              [...path, "sentences", j],
              `sentence ${n} does not exist ` +
                `(paragraph ${paragraph.n} has ${paragraph.sentences.length})`,
            );
        });
    } else {
      if (beyond === false)
        at(
          [...path, "id"],
          `"${source.id}" is a reference beyond the source document: set beyondSource: true`,
        );
      if (c.paragraph !== undefined || c.sentences !== undefined)
        at(path, "a reference has no numbered paragraphs");
    }
  };

  for (const entry of draft.programmes) {
    const { programme: p, file } = entry;
    const at = (path: IssuePath, message: string) => issues.push({ file, path, message });
    const ownFacts = new Map(p.facts.map((f) => [f.id, f]));
    const requireOwnFact = (path: IssuePath, factId: string) => {
      if (!ownFacts.has(factId))
        at(path, `unknown fact id "${factId}" (must be one of this file's facts)`);
    };
    const requirePools = (path: IssuePath, ids: readonly string[]) =>
      ids.forEach((id, i) => {
        if (!poolById.has(id)) at([...path, i], `unknown pool id "${id}" (see pools.yaml)`);
      });
    const poolValues = (ids: readonly string[]) =>
      ids.flatMap((id) => poolById.get(id)?.values ?? []);
    const forbidOverlap = (
      path: IssuePath,
      answers: readonly string[],
      distractors: readonly string[],
      what: string,
    ) => {
      const keys = new Set(answers.map(simplifyText));
      for (const d of distractors)
        if (keys.has(simplifyText(d))) at(path, `${what} "${d}" is also a correct answer`);
    };
    const names = [p.name, ...(p.acronym ? [p.acronym] : []), ...p.aliases];

    const checkEntry = (base: IssuePath, e: Entry) => {
      const other = entryIds.get(e.id);
      if (other || factOwner.has(e.id))
        at([...base, "id"], `duplicate id "${e.id}" (ids of facts and entries are unique)`);
      entryIds.set(e.id, file);
      const forms = ENTRY_FORMS.filter((f) => e[f] !== undefined);
      if (forms.length !== 1)
        at(base, `needs exactly one of ${ENTRY_FORMS.join(", ")} (found ${forms.length})`);
      e.sources.forEach((c, j) => checkCitation([...base, "sources", j], c, null, file));
      if (p.beyondSource && e.sources.every((c) => sourceById.get(c.id)?.kind === "document"))
        at([...base, "sources"], "an entry of a beyond-source programme must cite a reference");
      e.about.forEach((id, j) => {
        if (!programmeById.has(id)) at([...base, "about", j], `unknown programme id "${id}"`);
      });
      e.facts.forEach((id, j) => {
        if (!factOwner.has(id)) at([...base, "facts", j], `unknown fact id "${id}"`);
      });
      if (e.truth && !e.truth.answer && !e.tempting)
        at([...base, "tempting"], "a false statement needs `tempting`: why a reader believes it");
      if (e.choice)
        forbidOverlap([...base, "choice"], [e.choice.answer], e.choice.distractors, "distractor");
      if (e.select)
        forbidOverlap([...base, "select"], e.select.answers, e.select.distractors, "distractor");
      const groupOf = (path: IssuePath, id: string) => {
        const found = programmeById.get(id)?.programme;
        if (!found) at(path, `unknown programme id "${id}"`);
        else if (!found.group) at(path, `"${id}" belongs to no group of programmes`);
        return found?.group;
      };
      if (e.format) {
        const group = groupOf([...base, "format", "answer"], e.format.answer);
        e.format.distractors.forEach((id, j) => {
          const path = [...base, "format", "distractors", j];
          if (id === e.format?.answer) at(path, "a distractor cannot be the answer");
          else if (groupOf(path, id) !== group) at(path, `"${id}" is not in the answer's group`);
        });
        if (new Set(e.format.distractors).size !== e.format.distractors.length)
          at([...base, "format", "distractors"], "duplicate distractor");
      }
      if (e.typed) groupOf([...base, "typed", "answer"], e.typed.answer);
      if (e.pairs) {
        const lefts = new Set(e.pairs.items.map((x) => simplifyText(x.left)));
        const rights = new Set(e.pairs.items.map((x) => simplifyText(x.right)));
        if (lefts.size !== e.pairs.items.length || rights.size !== e.pairs.items.length)
          at([...base, "pairs", "items"], "every left and every right item must be distinct");
      }
    };

    if (p.parent !== undefined) {
      const parent = programmeById.get(p.parent);
      if (!parent) at(["parent"], `unknown programme id "${p.parent}"`);
      else if (parent.programme.parent !== undefined)
        at(["parent"], `parent "${p.parent}" must be a top-level programme`);
      if (p.parent === p.id) at(["parent"], "a programme cannot be its own parent");
    }
    if ((p.acronym === undefined) !== (p.acronymFact === undefined))
      at(["acronymFact"], "acronym and acronymFact go together");
    if (p.acronymFact) requireOwnFact(["acronymFact"], p.acronymFact);
    if (p.group && (p.kind === "theme" || p.kind === "overview"))
      at(
        ["group"],
        `a ${p.kind} describes all programmes, so it cannot be compared inside a group`,
      );

    p.summary.facts.forEach((id, i) => {
      requireOwnFact(["summary", "facts", i], id);
      if (!p.beyondSource && ownFacts.get(id)?.beyondSource)
        at(
          ["summary", "facts", i],
          `a source programme's summary must rest on source facts ("${id}" is beyond the source)`,
        );
    });
    for (const name of names)
      if (mentions(p.summary.text, name))
        at(["summary", "text"], `the summary must not name the programme ("${name}")`);
    if (p.definition) {
      requireOwnFact(["definition", "fact"], p.definition.fact);
      // The definition is the answer of the term card and the question of its reverse card.
      for (const name of names)
        if (mentions(p.definition.text, name))
          at(["definition", "text"], `the definition must not name the programme ("${name}")`);
    }

    p.dates.forEach((d, i) => {
      requireOwnFact(["dates", i, "fact"], d.fact);
      requirePools(["dates", i, "pools"], d.pools);
      if ((d.sentence.match(/\{year\}/g) ?? []).length !== 1)
        at(["dates", i, "sentence"], "must contain the placeholder {year} exactly once");
      if (p.dates.findIndex((o) => o.fact === d.fact) !== i)
        at(["dates", i, "fact"], `fact "${d.fact}" already has a date`);
    });

    for (const kind of LIST_KINDS) {
      const list = p[kind];
      if (!list) continue;
      list.items.forEach((item, i) => requireOwnFact([kind, "items", i, "fact"], item.fact));
      requirePools([kind, "pools"], list.pools);
      forbidOverlap(
        [kind, "pools"],
        list.items.map((i) => i.text),
        poolValues(list.pools),
        "pool value",
      );
      const seen = new Set<string>();
      list.items.forEach((item, i) => {
        if (seen.has(simplifyText(item.text)))
          at([kind, "items", i, "text"], `duplicate item "${item.text}"`);
        seen.add(simplifyText(item.text));
      });
    }

    p.differences.forEach((d, i) => {
      const other = programmeById.get(d.from);
      if (!other) at(["differences", i, "from"], `unknown programme id "${d.from}"`);
      else if (d.from === p.id)
        at(["differences", i, "from"], "a programme cannot differ from itself");
      d.facts.forEach((id, j) => {
        if (!factOwner.has(id)) at(["differences", i, "facts", j], `unknown fact id "${id}"`);
      });
    });

    p.facts.forEach((fact, i) => {
      const base: IssuePath = ["facts", i];
      if (p.beyondSource && !fact.beyondSource)
        at(
          [...base, "beyondSource"],
          "every fact of a beyond-source programme must set beyondSource: true",
        );
      checkCitation([...base, "source"], fact.source, fact.beyondSource, file);

      fact.alsoTrueOf.forEach((id, j) => {
        if (!programmeById.has(id)) at([...base, "alsoTrueOf", j], `unknown programme id "${id}"`);
        if (id === p.id) at([...base, "alsoTrueOf", j], "lists the fact's own programme");
      });
      if (fact.clue) {
        if (!p.group) at([...base, "clue"], "a clue needs the programme to belong to a group");
        for (const name of names)
          if (mentions(fact.clue, name))
            at([...base, "clue"], `the clue must not name the programme ("${name}")`);
      }
      if (fact.cloze) {
        const blanks = fact.cloze.text.split("___").length - 1;
        if (blanks !== 1)
          at([...base, "cloze", "text"], `must contain exactly one blank ___ (found ${blanks})`);
        forbidOverlap(
          [...base, "cloze", "reject"],
          fact.cloze.answers,
          fact.cloze.reject,
          "rejected answer",
        );
      }
      if (fact.choice) {
        requirePools([...base, "choice", "pools"], fact.choice.pools);
        const wrong = [...fact.choice.distractors, ...poolValues(fact.choice.pools)];
        forbidOverlap([...base, "choice"], [fact.choice.answer], wrong, "distractor");
        if (new Set(wrong.map(simplifyText)).size < 2)
          at([...base, "choice"], "needs at least two distinct distractors");
      }
      if (fact.select) {
        requirePools([...base, "select", "pools"], fact.select.pools);
        const wrong = [...fact.select.distractors, ...poolValues(fact.select.pools)];
        forbidOverlap([...base, "select"], fact.select.answers, wrong, "distractor");
        if (wrong.length < 1) at([...base, "select"], "needs at least one distractor");
      }
    });

    for (const section of ENTRY_SECTIONS) p[section].forEach((e, i) => checkEntry([section, i], e));
  }
  return issues;
}
