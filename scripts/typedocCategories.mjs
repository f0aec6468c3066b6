// TypeDoc plugin: files each export of the API reference under the concept it belongs to,
// by the folder of src/ that declares it, so the reference reads by concept (randomness,
// Hawkes, fitting, model, ...) without a @category tag on every export.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Folder (or file) under src/ → concept; the longest matching prefix wins. */
export const CATEGORY_BY_PATH = {
  'random/': 'Randomness',
  'hawkes/': 'Hawkes',
  'hawkes/fit/': 'Fitting',
  'hawkes/fitHawkes.ts': 'Fitting',
  'optimize/': 'Fitting',
  'model/': 'Model',
  'scenario/': 'Scenarios',
  'policies/': 'Policies',
  'calibrate/': 'Calibration',
  'experiments/': 'Experiments',
  'plot/': 'Charts',
  'charts/': 'Charts',
  'data/': 'Data',
  'node/': 'Node',
  'stats/': 'Statistics',
  'linalg/': 'Statistics',
  'util/': 'Utilities',
  'version.ts': 'Utilities',
};

function categoryOf(fileName) {
  const at = fileName.replaceAll('\\', '/').lastIndexOf('/src/');
  if (at < 0) return undefined;
  const path = fileName.slice(at + 5);
  let best;
  for (const prefix of Object.keys(CATEGORY_BY_PATH))
    if (path.startsWith(prefix) && (best === undefined || prefix.length > best.length))
      best = prefix;
  return best === undefined ? undefined : CATEGORY_BY_PATH[best];
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    for (const module of [project, ...project.getReflectionsByKind(ReflectionKind.Module)]) {
      for (const child of module.children ?? []) {
        const symbol = context.getSymbolFromReflection(child);
        const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
        const category = file === undefined ? undefined : categoryOf(file);
        if (category === undefined) continue;
        // A function's documentation lives on its signature; other exports carry their own.
        const holder = child.signatures?.[0] ?? child;
        holder.comment ??= new Comment();
        if (holder.comment.blockTags.some((t) => t.tag === '@category')) continue;
        holder.comment.blockTags.push(
          new CommentTag('@category', [{ kind: 'text', text: category }]),
        );
      }
    }
  });
}
