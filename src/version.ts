/**
 * The library's name and version, recorded in every experiment's output so a result can be
 * traced to the code that made it. A test keeps it equal to package.json's.
 *
 * @example
 * LIBRARY.name; // => 'escalation-sim'
 */
export const LIBRARY = Object.freeze({ name: 'escalation-sim', version: '0.1.0' });
