/**
 * CSV/formula injection: a spreadsheet runs a cell that starts with =, +, -, @, tab or carriage
 * return as a formula, so such text gets a leading apostrophe (OWASP's advice), which the
 * spreadsheet shows as a text marker. Every CSV the app writes passes cells through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseCsvCell<T>(cell: T): T | string {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse on import: a leading apostrophe before a formula character is dropped. */
export function undoCsvDefuse(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
