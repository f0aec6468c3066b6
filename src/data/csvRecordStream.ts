import { DataError } from './DataError.js';

/** A CSV parse fed in pieces: `push` text as it is read, `end` once it is all given. */
export interface CsvRecordStream {
  /** Parse the records that this piece completes; the rest waits for the next piece. */
  push(text: string): void;
  /** Parse what is left; returns the number of records visited (0 for blank text). */
  end(): number;
}

const fail = (line: number, rule: string): never => {
  throw new DataError([{ line, rule }]);
};

/** Number of line breaks (CRLF, LF or lone CR each count once) in `s`. */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Visit the records of RFC 4180 CSV text given in pieces, exactly as `eachCsvRecord` visits
 * them in the whole text: the same fields, the same physical line numbers, the same errors.
 *
 * Why: a file of millions of rows can then be read in chunks, so that neither its text nor
 * its records need be held at once. A record is parsed once the text holds its end: a piece
 * is cut after its last line break (a CR at the very end waits, as it may start a CRLF), and
 * a quoted field still open at the cut waits for more text.
 *
 * @param visit - called with each record's first physical line and its fields, header first
 *   (the header's names checked: trimmed, none empty or repeated)
 * @returns the stream
 * @throws DataError from push or end, with the line, as eachCsvRecord throws
 * @example
 * const lines: number[] = [];
 * const csv = csvRecordStream((line) => lines.push(line));
 * csv.push('time\n1\r');
 * csv.push('\n"2\n"\n3');
 * csv.end(); // => 4
 * lines; // => [1, 2, 3, 5]
 */
export function csvRecordStream(visit: (line: number, fields: string[]) => void): CsvRecordStream {
  let pending = '';
  let started = false;
  let line = 1;
  let visited = 0;

  // Parse src's complete records; returns where the first incomplete one starts.
  const scan = (src: string, final: boolean): number => {
    const n = src.length;
    let i = 0;
    while (i < n) {
      const c = src[i];
      if (c === '\n' || c === '\r') {
        i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        continue;
      }
      const recordStart = i;
      const recordLine = line;
      const fields: string[] = [];
      for (;;) {
        let j = i;
        while (src[j] === ' ' || src[j] === '\t') j++;
        if (src[j] === '"') {
          const openLine = line;
          let value = '';
          j++;
          for (;;) {
            const q = src.indexOf('"', j);
            if (q < 0) {
              if (!final) {
                line = recordLine;
                return recordStart;
              }
              fail(openLine, 'a quoted field opened on this line is never closed');
            }
            const chunk = src.slice(j, q);
            line += countBreaks(chunk);
            value += chunk;
            if (src[q + 1] === '"') {
              value += '"';
              j = q + 2;
            } else {
              j = q + 1;
              break;
            }
          }
          while (src[j] === ' ' || src[j] === '\t') j++;
          if (j < n && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r') {
            fail(line, 'text follows a closing quote; double a quote inside a quoted field ("")');
          }
          fields.push(value);
          i = j;
        } else {
          j = i;
          while (j < n && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r') {
            if (src[j] === '"') {
              fail(
                line,
                'a quote inside an unquoted field; quote the whole field and double the quote',
              );
            }
            j++;
          }
          fields.push(src.slice(i, j));
          i = j;
        }
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (i < n) {
          i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
          line++;
        }
        break;
      }
      visit(recordLine, visited === 0 ? checkHeader(recordLine, fields) : fields);
      visited++;
    }
    return n;
  };

  return {
    push(text) {
      let src = pending + text;
      if (!started && src.length > 0) {
        started = true;
        if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
      }
      // Cut after the last line break whose end is known.
      let cut = src.lastIndexOf('\n') + 1;
      const cr = src.lastIndexOf('\r');
      if (cr >= cut && cr < src.length - 1) cut = cr + 1;
      const done = scan(src.slice(0, cut), false);
      pending = src.slice(done);
    },
    end() {
      let src = pending;
      if (!started && src.charCodeAt(0) === 0xfeff) src = src.slice(1);
      started = true;
      pending = '';
      scan(src, true);
      return visited;
    },
  };
}

/** Trimmed header names, refused when one is empty or repeated. */
function checkHeader(line: number, fields: readonly string[]): string[] {
  const header = fields.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, k) => {
    if (name === '') fail(line, `header column ${k + 1} has no name`);
    if (seen.has(name)) fail(line, `header column "${name}" appears twice`);
    seen.add(name);
  });
  return header;
}
