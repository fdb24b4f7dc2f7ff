// The levels of thinking and the scopes, apart from the schema (which needs zod) so that the
// quiz set-up's client code can list them without loading it.

/** Levels of thinking a question asks for, from remembering to judging a wrong belief. */
export const LEVELS = ["recall", "understand", "compare", "apply", "misconception"] as const;
export type Level = (typeof LEVELS)[number];
/** "source": rests on the source document alone; "background": uses NATO's own pages too. */
export const SCOPES = ["source", "background"] as const;
export type Scope = (typeof SCOPES)[number];
