import { JsonSyntaxError, parseJsonWithPosition } from '../data/parseJsonText.js';
import { requireString } from './requireArgument.js';

/**
 * Deepest nesting of arrays and objects accepted in a JSON file (scenarios, event files).
 * A scenario is about six levels deep; the bound keeps every later step (validation, copies,
 * error paths) far from the stack limit, so a deep file is refused by name the same way in
 * a cold and a warm process instead of ending in "Maximum call stack size exceeded".
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Parse JSON text after removing a UTF-8 byte-order mark and checking its nesting depth.
 *
 * Why: editors on Windows save a BOM, which `JSON.parse` refuses; and a file nested
 * 100,000 levels deep must be refused with where it goes too deep, not with a stack overflow.
 * Cost: one pass over the text before `JSON.parse`.
 *
 * @param text - the JSON text
 * @returns the parsed value
 * @throws JsonSyntaxError with the line and column where the nesting passes
 *   `MAX_JSON_DEPTH`, or where text that is not JSON goes wrong
 * @example
 * parseJsonText('\uFEFF{"a":[1]}');
 * // => { a: [1] }
 */
export function parseJsonText(text: string): unknown {
  requireString('text', text, 'JSON text');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) {
        const { line, column } = position(body, i);
        throw new JsonSyntaxError(
          line,
          column,
          `nesting deeper than ${MAX_JSON_DEPTH} levels (arrays and objects)`,
        );
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return parseJsonWithPosition(body);
}

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}
