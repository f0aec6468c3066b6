/**
 * The library's version, as in package.json (a test keeps the two equal). Recorded in every
 * output so a result can be traced to the code that made it.
 *
 * @example
 * typeof VERSION; // => 'string'
 */
export const VERSION = '0.1.0';
