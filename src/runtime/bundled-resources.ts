import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BundledResource {
  name: string;
  file: string;
  content: Buffer;
}

/** The product's own diagrams and forms (processes/*.bpmn, forms/*.form), deployed at start. */
export function readBundledResources(processesDir: string, formsDir: string): BundledResource[] {
  const read = (dir: string, ext: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => ({ name: f, file: path.join(dir, f), content: fs.readFileSync(path.join(dir, f)) }))
      : [];
  // Forms first: user tasks resolve their form at activation.
  return [...read(formsDir, '.form'), ...read(processesDir, '.bpmn')];
}
