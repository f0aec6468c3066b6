// Writes src/scenario/scenarioTypes.ts, the declarations of the scenario types with their
// documentation, from the zod schemas (see scenarioTypesSource.ts). Run after changing a
// schema: `npm run generate:types`.
import { writeFileSync } from 'node:fs';
import { generateScenarioTypes, SCENARIO_TYPES_FILE } from './scenarioTypesSource.js';

writeFileSync(SCENARIO_TYPES_FILE, generateScenarioTypes());
