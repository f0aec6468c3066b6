import { parentPort } from 'node:worker_threads';
import { defaultStrikeInterval } from '../../scripts/strikeCoverageRecord.js';

// Worker of strikeCoverage.slow.test.ts (through test/helpers/mapOnThreads.ts): each message
// names a coverage record; the answer is its strike-response interval from a default fit.
parentPort?.on('message', ({ item }: { item: { strikes: number; index: number } }) => {
  try {
    parentPort?.postMessage({ result: defaultStrikeInterval(item.strikes, item.index) });
  } catch (error) {
    parentPort?.postMessage({ error: String(error) });
  }
});
