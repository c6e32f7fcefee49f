/**
 * Reads the legal parameters from their data files (law/parameters/data/<id>.json, one parameter each, OpenFisca
 * style). Adding a parameter is adding a file: no list to edit. Files are read once, synchronously, when the law
 * module loads; from the build output (dist/law/parameters) the files are found in the source tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LegalParameter } from './types';

export class InvalidParameterFileError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`Legal parameter file ${file}: ${detail}`);
    this.name = 'InvalidParameterFileError';
  }
}

/** `count` (a number of occurrences, Art. 77(1)(b)) is data like the others; period arithmetic refuses it (law/calendar/periodEnd). */
const UNITS = ['days', 'workingDays', 'months', 'years', 'hours', 'count'];
const BOUNDS = ['exact', 'max', 'min'];
const KINDS = ['authority', 'applicant', 'term', 'product'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Turkish lettering: `Art. 79(2)`, `Art. 80(1)(ç)`, or a product decision. */
const CITATION = /^(Art\. \d+(\(\d+\))*(\([a-zçğıöşü]\))?|Product decision E\.\d+)/;

/** The data directory next to this file, or (from dist/) the one in the source tree. */
export function parameterDataDir(): string {
  const candidates = [path.join(__dirname, 'data'), path.resolve(__dirname, '..', '..', '..', 'law', 'parameters', 'data')];
  const found = candidates.find((dir) => fs.existsSync(dir));
  if (!found) throw new Error(`Legal parameter data not found (looked in ${candidates.map((c) => path.relative(process.cwd(), c)).join(', ')})`);
  return found;
}

/** Checks one parsed file; every problem names the file and the field. */
export function validateParameter(file: string, raw: unknown): LegalParameter {
  const p = raw as Record<string, unknown>;
  const fail = (detail: string): never => {
    throw new InvalidParameterFileError(file, detail);
  };
  if (!p || typeof p !== 'object') fail('not a JSON object');
  for (const field of ['id', 'titleTr', 'titleEn', 'citation', 'startsFrom']) if (typeof p[field] !== 'string' || !(p[field] as string).trim()) fail(`${field} must be a non-empty string`);
  if (path.basename(file, '.json') !== p.id) fail(`id ${String(p.id)} must match the file name`);
  if (!CITATION.test(p.citation as string)) fail(`citation ${String(p.citation)} must read like "Art. 80(1)(ç)"`);
  if (!UNITS.includes(p.unit as string)) fail(`unit must be one of ${UNITS.join(', ')}`);
  if (!BOUNDS.includes(p.bound as string)) fail(`bound must be one of ${BOUNDS.join(', ')}`);
  if (!KINDS.includes(p.kind as string)) fail(`kind must be one of ${KINDS.join(', ')}`);
  if (p.kind !== 'product' && (typeof p.officialText !== 'string' || !p.officialText)) fail('officialText (reference to the consolidated official text) is required for a statutory parameter');
  const values = p.values as Record<string, { value: unknown; reference: unknown }>;
  if (!values || typeof values !== 'object' || Object.keys(values).length === 0) fail('values must map at least one effective date to a value');
  for (const [from, v] of Object.entries(values)) {
    if (!DATE.test(from)) fail(`values: ${from} is not an effective date YYYY-MM-DD`);
    if (typeof v?.value !== 'number' || !Number.isFinite(v.value) || v.value < 0) fail(`values.${from}.value must be a non-negative number`);
    if (typeof v.reference !== 'string' || !v.reference) fail(`values.${from}.reference (the enacting law) is required`);
  }
  if (p.sources !== undefined && (!Array.isArray(p.sources) || p.sources.some((s) => typeof s !== 'string'))) fail('sources must be a list of source tags');
  return p as unknown as LegalParameter;
}

/** Every parameter file in `dir`, sorted by id. */
export function loadParameterFiles(dir = parameterDataDir()): LegalParameter[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      } catch (e) {
        throw new InvalidParameterFileError(f, `not valid JSON (${(e as Error).message})`);
      }
      return validateParameter(f, parsed);
    });
}
