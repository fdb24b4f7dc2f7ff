/**
 * The deck id of every card ("All programmes"). Its own module, with no imports: the client
 * components that name it (the home page's "Start studying") would otherwise load the flashcard
 * schemas, and with them zod and the scheduler.
 */
export const ALL_DECKS = "all";
