import { parentPort } from 'node:worker_threads';
import { defaultStrikeInterval, type StrikeFamily } from '../../scripts/strikeCoverageRecord.js';

// Worker of the strike-coverage slow tests (through test/helpers/mapOnThreads.ts): each
// message names a coverage record (of the default family unless it names one); the answer is
// its strike-response interval from a default fit.
type Item = { strikes: number; index: number; family?: StrikeFamily };
parentPort?.on('message', ({ item }: { item: Item }) => {
  try {
    parentPort?.postMessage({
      result: defaultStrikeInterval(item.strikes, item.index, item.family),
    });
  } catch (error) {
    parentPort?.postMessage({ error: String(error) });
  }
});
