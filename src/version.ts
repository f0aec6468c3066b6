/**
 * The library's version, recorded in every output that says what made it (a posterior, an
 * ensemble's provenance). Kept equal to package.json's by a test.
 *
 * @example
 * LIBRARY_VERSION; // => '0.1.0'
 */
export const LIBRARY_VERSION = '0.1.0';
