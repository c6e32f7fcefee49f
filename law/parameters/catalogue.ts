/**
 * The legal parameters live in data files, one per parameter: law/parameters/data/<id>.json (see docs/law.md,
 * "Adding a parameter"). This list is kept only for parameters written in the earlier in-code format
 * (`{ id, citation, unit, bound, kind, titleTr, titleEn, startsFrom, values }`); the registry reads both, and an id
 * defined twice is an error. Move an entry to a data file when you touch it.
 *
 * Law No. 6458 was published on 11 April 2013; its procedural provisions entered into force one year later
 * (Art. 125(1)(b) [K]; the Greek text [S1] garbles it), hence the first effective date 2014-04-11 in the data files.
 */
import type { LegalParameter } from './types';

export const PARAMETERS: readonly LegalParameter[] = [];

/**
 * A parameter id. Plain string since the ids come from data files; law/parameters/references.spec.ts fails when a
 * rule, worker or diagram names an id that has no data file.
 */
export type ParameterId = string;
