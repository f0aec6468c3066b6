import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// This module's URL. In the CommonJS build `import.meta` is empty but __filename is set;
// in the ESM build and under vitest or tsx, import.meta.url is.
const here: string =
  typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;

let sourceBundle: string | undefined;

/**
 * Start one ensemble worker thread.
 *
 * Why: the worker's code must be found both in the built package (dist/ensembleWorker.js,
 * beside the bundle that imports this module) and when running from TypeScript sources
 * (vitest, tsx). Node 20 does not pass loader hooks such as `--import tsx` on to worker
 * threads, and loading ~150 source files through tsx takes seconds per thread; so from
 * sources the worker is bundled once per process with esbuild (a dev dependency, via tsup
 * and tsx) into a temporary file named by its hash, and loaded through tsx's `tsImport`
 * only if esbuild is missing.
 *
 * @returns a started worker
 * @throws Error when the worker script is missing (a build without the worker entry)
 */
export function startEnsembleWorker(): Worker {
  const fromSource = here.endsWith('.ts');
  const script = new URL(`./ensembleWorker.${fromSource ? 'ts' : 'js'}`, here);
  if (!existsSync(fileURLToPath(script)))
    throw new Error(
      `the ensemble worker script ${fileURLToPath(script)} is missing: the package build must include the entry src/node/pool/ensembleWorker.ts`,
    );
  if (!fromSource) return new Worker(script);
  sourceBundle ??= bundleFromSource(fileURLToPath(script));
  if (sourceBundle !== '') return new Worker(sourceBundle, { execArgv: [] });
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(here)}))`;
  return new Worker(code, { eval: true, execArgv: [] });
}

/** esbuild options for one ES module that Node runs as a worker (also used by the slow tests). */
export const NODE_ESM_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
  // Bundled CommonJS dependencies (seedrandom) may call require for Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
} as const;

/**
 * Bundle the worker's sources into one ES module in the temporary directory, named by the
 * hash of its content (so processes share it and nothing piles up per run); '' when esbuild
 * is not installed.
 */
function bundleFromSource(entry: string): string {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = createRequire(here)('esbuild') as typeof import('esbuild');
  } catch {
    return '';
  }
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entry],
    outfile: 'ensembleWorker.mjs',
    write: false,
    ...NODE_ESM_BUNDLE,
  });
  const code = outputFiles[0]?.contents ?? new Uint8Array();
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'escalation-sim-worker');
  const file = join(dir, `ensembleWorker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file); // atomic: a concurrent process never reads half a file
  }
  return file;
}
