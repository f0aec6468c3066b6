import { z } from 'zod';
import { ISO_DATE_RULE, parseIsoDate } from './parseIsoDate.js';

/** The kinds of event the model knows (DESIGN.md, Concepts). */
export const EVENT_TYPES = ['attack', 'strike', 'casualties', 'political', 'withdrawal'] as const;

/** How precisely an event's time is known; `unknown` marks a documented event without a date. */
export const EVENT_PRECISIONS = ['day', 'minute', 'second', 'unknown'] as const;

/** Column names of the generic event format, in the order the CSV writer uses. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'time',
  'precision',
  'type',
  'subtype',
  'actor',
  'target',
  'location',
  'killed',
  'killedMax',
  'wounded',
  'woundedMax',
  'notes',
  'provenance',
] as const;

/** Columns whose CSV cells are read as numbers. */
export const NUMERIC_EVENT_COLUMNS: ReadonlySet<string> = new Set([
  'time',
  'killed',
  'killedMax',
  'wounded',
  'woundedMax',
]);

// 'is required' when the value is missing, the rule otherwise.
const rule = (text: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : text),
});

const count = z
  .number(rule('must be a number'))
  .int(rule('must be a whole number >= 0'))
  .min(0, rule('must be a whole number >= 0'));

const text = z.string(rule('must be text')).min(1, rule('must not be empty'));

/** An event type: `attack`, `strike`, `casualties`, `political` or `withdrawal`. */
export const EventType = z.enum(EVENT_TYPES, rule(`must be one of ${EVENT_TYPES.join(', ')}`));
export type EventType = z.infer<typeof EventType>;

/** How precisely the time is known: `day`, `minute`, `second` or `unknown`. */
export const EventPrecision = z.enum(
  EVENT_PRECISIONS,
  rule(`must be one of ${EVENT_PRECISIONS.join(', ')}`),
);
export type EventPrecision = z.infer<typeof EventPrecision>;

/** An ISO 8601 date (`YYYY-MM-DD`), optionally with `THH:MM[:SS]` and an offset. */
export const IsoDate = z
  .string(rule('must be text'))
  .refine((s) => parseIsoDate(s) !== null, { error: ISO_DATE_RULE });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * One event of the generic event format (a JSON object or a CSV row).
 *
 * Time is given by `date` (calendar, see `toDays` for the UTC/offset convention) or `time`
 * (days since the loader's `start`), or both — then `time` is used and `date` kept as the
 * calendar label. A documented event with no date at all has neither, and `precision:
 * 'unknown'`. Counts are whole numbers; an empty cell means not documented (not zero); a range
 * such as 3–4 wounded is `wounded: 3, woundedMax: 4`. Unknown fields are errors.
 */
export const EventRecord = z
  .strictObject({
    id: text.optional(),
    date: IsoDate.optional(),
    // ±100 years in days: beyond it a time is a typo, and 1e308 would break every fit.
    time: z
      .number(rule('must be a number'))
      .min(-36_525, rule('must be within ±36525 days (100 years) of the start'))
      .max(36_525, rule('must be within ±36525 days (100 years) of the start'))
      .optional(),
    precision: EventPrecision.optional(),
    type: EventType,
    subtype: text.optional(),
    actor: text.optional(),
    target: text.optional(),
    location: text.optional(),
    killed: count.optional(),
    killedMax: count.optional(),
    wounded: count.optional(),
    woundedMax: count.optional(),
    notes: z.string(rule('must be text')).optional(),
    provenance: z.string(rule('must be text')).optional(),
  })
  .superRefine((e, ctx) => {
    const dated = e.date !== undefined || e.time !== undefined;
    if (e.precision === 'unknown' && dated) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'is "unknown", so the row must have no date and no time',
      });
    } else if (!dated && e.precision !== 'unknown') {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'needs a date or a time (or precision "unknown" for an undated event)',
      });
    }
    const day = e.date === undefined ? undefined : parseIsoDate(e.date)?.precision;
    if (
      day === 'day' &&
      e.precision !== undefined &&
      e.precision !== 'day' &&
      e.time === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: 'claims more than the date gives (a date without a time has precision "day")',
      });
    }
    for (const [low, high] of [
      ['killed', 'killedMax'],
      ['wounded', 'woundedMax'],
    ] as const) {
      const lo = e[low];
      const hi = e[high];
      if (hi !== undefined && (lo === undefined || hi < lo)) {
        ctx.addIssue({
          code: 'custom',
          path: [high],
          message: `needs "${low}" (the lower bound) and must be >= it`,
        });
      }
    }
  });
export type EventRecord = z.infer<typeof EventRecord>;
