/**
 * Test-only: answers to a question written with texts instead of ids, so the same answers can
 * be put to a question and to its copy that came back through an export and an import (which
 * has new ids), and both graded. Covers right, partly right and wrong answers of every kind.
 */
import type { Choice, Question, Response } from "@/lib/domain/questions/types";

export type TextResponse =
  | { kind: "choice"; text: string }
  | { kind: "multi"; texts: string[] }
  | { kind: "tf"; value: boolean }
  | { kind: "typed"; text: string }
  | { kind: "matching"; pairs: [string, string][] }
  | { kind: "ordering"; texts: string[] };

const textOf = (choices: readonly Choice[], id: string) =>
  choices.find((c) => c.id === id)?.text ?? `?${id}`;

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

export function textResponses(q: Question): TextResponse[] {
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return q.options.map((o) => ({ kind: "choice", text: o.text }));
    case "multiple-select": {
      const texts = q.options.map((o) => o.text);
      const picks =
        texts.length <= 6
          ? subsets(texts)
          : [q.answers.map((id) => textOf(q.options, id)), texts, texts.slice(0, 2)];
      return picks.map((p) => ({ kind: "multi", texts: p }));
    }
    case "true-false":
      return [
        { kind: "tf", value: true },
        { kind: "tf", value: false },
      ];
    case "cloze":
    case "short-answer": {
      const accepted = q.kind === "cloze" ? q.answers : q.accepted;
      const first = accepted[0] ?? "";
      return [...accepted, ...q.rejected, "", `${first}x`, first.slice(1), "zzz"].map((text) => ({
        kind: "typed",
        text,
      }));
    }
    case "matching": {
      const pairs = q.answer.map((p): [string, string] => [
        textOf(q.left, p.leftId),
        textOf(q.right, p.rightId),
      ]);
      const rights = pairs.map((p) => p[1]);
      const rotated = pairs.map((p, i): [string, string] => [
        p[0],
        rights[(i + 1) % rights.length] ?? "",
      ]);
      const swapped = pairs.map((p, i): [string, string] =>
        i < 2 ? [p[0], rights[1 - i] ?? ""] : p,
      );
      return [
        { kind: "matching", pairs },
        { kind: "matching", pairs: rotated },
        { kind: "matching", pairs: swapped },
      ];
    }
    case "ordering": {
      const order = q.answer.map((id) => textOf(q.items, id));
      const swapped = [order[1] ?? "", order[0] ?? "", ...order.slice(2)];
      return [order, [...order].reverse(), swapped].map((texts) => ({ kind: "ordering", texts }));
    }
  }
}

const idOf = (choices: readonly Choice[], text: string) =>
  choices.find((c) => c.text === text)?.id ?? `missing:${text}`;

/** The response to `q` that gives the text answer `r`. */
export function toResponse(q: Question, r: TextResponse): Response {
  switch (q.kind) {
    case "single-choice":
    case "which-programme":
      return { kind: q.kind, optionId: r.kind === "choice" ? idOf(q.options, r.text) : "" };
    case "multiple-select":
      return {
        kind: q.kind,
        optionIds: r.kind === "multi" ? r.texts.map((t) => idOf(q.options, t)) : [],
      };
    case "true-false":
      return { kind: q.kind, value: r.kind === "tf" ? r.value : false };
    case "cloze":
    case "short-answer":
      return { kind: q.kind, text: r.kind === "typed" ? r.text : "" };
    case "matching":
      return {
        kind: q.kind,
        pairs:
          r.kind === "matching"
            ? r.pairs.map(([l, rt]) => ({ leftId: idOf(q.left, l), rightId: idOf(q.right, rt) }))
            : [],
      };
    case "ordering":
      return {
        kind: q.kind,
        itemIds: r.kind === "ordering" ? r.texts.map((t) => idOf(q.items, t)) : [],
      };
  }
}
