// Writes docs/event-file.schema.json (JSON Schema, draft 2020-12) from the zod schemas of the
// event file (renderer/src/domain/event-file/schema.ts). The output is committed; a unit test
// (test/unit/event-file/json-schema.test.ts) fails when it differs from a fresh generation.
// Run: node scripts/build-event-schema.mjs   (after any change to the event file's schemas)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('../renderer/src/domain/event-file/json-schema.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'error',
});
const target = new URL('../docs/event-file.schema.json', import.meta.url);
writeFileSync(target, module.eventFileJsonSchemaText());
console.log(`wrote ${fileURLToPath(target)}`);
