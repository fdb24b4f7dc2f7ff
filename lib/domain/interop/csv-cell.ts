/**
 * CSV/formula injection: a spreadsheet runs a cell that starts with =, +, -, @, tab or carriage
 * return as a formula, so such text gets a leading apostrophe (OWASP's advice), which the
 * spreadsheet shows as a text marker. Every CSV the app writes passes cells through here.
 * Text that already starts with apostrophes before such a character gets one more, so that
 * undoing the marker on import gives every text back exactly ("'=1" is written "''=1").
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function defuseCsvCell<T>(cell: T): T | string {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse on import: one leading apostrophe before a formula character (or before more
 * apostrophes and one) is dropped. */
export function undoCsvDefuse(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
