// Writes ../<formId>.form (form-js JSON) for every form in ./definitions.mjs.
// Run: node forms/tools/build.mjs
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMS } from './definitions.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const schema of FORMS) {
  await writeFile(join(outDir, `${schema.id}.form`), JSON.stringify(schema, null, 2) + '\n');
}
console.log(`${FORMS.length} forms`);
