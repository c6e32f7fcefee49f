// Writes processes/<id>.bpmn from ./definitions: semantic XML from the builder, then BPMN DI from
// bpmn-auto-layout. Run: node processes/tools/build.mjs  (then the lint test: npx jest processes)
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutBuilder } from './layout.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const definitionsDir = join(here, 'definitions');
const outDir = join(here, '..');

for (const file of (await readdir(definitionsDir)).filter((f) => f.endsWith('.mjs')).sort()) {
  const { default: build } = await import(join(definitionsDir, file));
  const builder = build();
  const xml = await layoutBuilder(builder);
  await writeFile(join(outDir, `${builder.id}.bpmn`), xml + '\n');
  console.log(`${builder.id}.bpmn`);
}
