import { compile, type TopLevelSpec } from 'vega-lite';

/** Compile a spec with vega-lite, collecting every warning instead of printing it. */
export function compileWithoutWarnings(spec: TopLevelSpec): { warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level(): never {
      return 0 as never;
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.map(String).join(' '));
    },
  };
  compile(spec, { logger: logger as never });
  return { warnings };
}
