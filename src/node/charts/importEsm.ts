import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// An import() the CommonJS build leaves alone: that build rewrites import() as require(),
// which cannot load vega and vega-lite (ES modules only) on Node 20.
const importUrl = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/**
 * Load an ES-module dependency on first use: `load` (an `import()` of it) in the ES build;
 * in the CommonJS build, where that became a require() that fails (ERR_REQUIRE_ESM, or a
 * top-level await under require(esm) and loaders such as tsx), the module resolved beside
 * this file and imported by its file URL. When both fail, the first error is the one thrown.
 */
export async function importEsm<T>(name: string, load: () => Promise<unknown>): Promise<T> {
  try {
    return (await load()) as T;
  } catch (error) {
    try {
      const path = createRequire(import.meta.url).resolve(name);
      return (await importUrl(pathToFileURL(path).href)) as T;
    } catch {
      throw error;
    }
  }
}

/** Load a CommonJS dependency (resvg's native binding) from either build. */
export function requireCjs<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}
