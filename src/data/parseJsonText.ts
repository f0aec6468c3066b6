/** A JSON text that does not parse, with the line and column (1-based) where it goes wrong. */
export class JsonSyntaxError extends SyntaxError {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly found: string,
  ) {
    super(`line ${line}, column ${column}: ${found}`);
  }
}

/**
 * `JSON.parse`, but a syntax error says the line and column where the text goes wrong (the
 * engine's message gives a character offset at best, often nothing).
 *
 * Why: scenario and event files are written by hand in editors that show lines and columns.
 * The position comes from a small scan of the JSON grammar (RFC 8259), run only after
 * `JSON.parse` has failed. Cost O(length).
 *
 * @param text - JSON text
 * @returns the parsed value
 * @throws JsonSyntaxError naming the line, column and what was found there
 * @example
 * try { parseJsonWithPosition('{\n  "a": 1,\n}'); } catch (e) { (e as Error).message; }
 * // => 'line 3, column 1: found "}" where a property name in double quotes was expected'
 */
export function parseJsonWithPosition(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { offset, expected } = firstJsonError(text);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const found = offset >= text.length ? 'the text ends' : `found ${JSON.stringify(text[offset])}`;
    const detail = expected === '' ? (error as Error).message : `${found} where ${expected}`;
    throw new JsonSyntaxError(line, column, detail);
  }
}

interface JsonErrorSpot {
  readonly offset: number;
  readonly expected: string;
}

// Recursive descent over the JSON grammar that stops at the first offending character.
function firstJsonError(text: string): JsonErrorSpot {
  let i = 0;
  const fail = (expected: string): never => {
    throw { offset: i, expected } satisfies JsonErrorSpot;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(`${word} was expected`);
      i++;
    }
  };
  const string = () => {
    i++;
    while (true) {
      const ch = text[i];
      if (ch === undefined) fail('a closing " was expected');
      else if (ch === '"') return void i++;
      else if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
            fail('four hex digits were expected after \\u');
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else fail('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) was expected');
      } else if (ch < ' ') fail('a control character must be escaped inside a string');
      else i++;
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      while (true) {
        space();
        if (text[i] !== '"') fail('a property name in double quotes was expected');
        string();
        space();
        if (text[i] !== ':') fail('":" was expected after a property name');
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('"," or "}" was expected after a property value');
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      while (true) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('"," or "]" was expected after an array element');
      }
    }
    if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else {
      number.lastIndex = i;
      if (number.exec(text) === null) fail('a value was expected');
      i = number.lastIndex;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('the text should end after the value');
  } catch (spot) {
    if (typeof spot === 'object' && spot !== null && 'offset' in spot) return spot as JsonErrorSpot;
  }
  return { offset: i, expected: '' };
}
