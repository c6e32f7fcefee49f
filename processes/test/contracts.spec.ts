import * as fs from 'node:fs';
import * as path from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { START_CONTRACTS, validateStartVariables } from '../contracts';

/** The README documents each start contract as a JSON schema plus an example; the DTOs must agree with it. */
const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```json( example)?\n([\s\S]*?)```/g)].map((m) => ({ example: !!m[1], value: JSON.parse(m[2]) }));
const schemas = blocks.filter((b) => !b.example).map((b) => b.value as { $id: string; required: string[]; properties: Record<string, unknown> });
const examples = blocks.filter((b) => b.example).map((b) => b.value as Record<string, unknown>);

const dtoProperties = (cls: new () => object) =>
  [...new Set(getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).map((m) => m.propertyName))].sort();

describe('start-variable contracts', () => {
  it('documents one schema and one example per process, in the README order', () => {
    expect(schemas.map((s) => s.$id.replace(/\.start$/, ''))).toEqual(Object.keys(START_CONTRACTS));
    expect(examples).toHaveLength(schemas.length);
  });

  it.each(Object.keys(START_CONTRACTS).map((id, i) => [id, i]))('%s: the README schema and the DTO name the same properties', (id, i) => {
    const schema = schemas[i as number];
    expect(Object.keys(schema.properties).sort()).toEqual(dtoProperties(START_CONTRACTS[id as keyof typeof START_CONTRACTS]));
  });

  it.each(Object.keys(START_CONTRACTS).map((id, i) => [id, i]))('%s: the README example is valid and each required property is required', async (id, i) => {
    const example = examples[i as number];
    expect(await validateStartVariables(id as string, example)).toEqual([]);
    for (const key of schemas[i as number].required) {
      const { [key]: _dropped, ...rest } = example;
      const problems = await validateStartVariables(id as string, rest);
      expect({ key, missingIsRejected: problems.some((p) => p.path === key) }).toEqual({ key, missingIsRejected: true });
    }
  });

  it('rejects malformed values, unknown variables and unknown processes', async () => {
    const base = examples[0];
    expect(await validateStartVariables('international-protection-application', { ...base, applicationDate: '04.05.2026' })).toEqual([
      expect.objectContaining({ path: 'applicationDate' }),
    ]);
    expect(await validateStartVariables('international-protection-application', { ...base, extra: 1 })).toEqual([expect.objectContaining({ path: 'extra' })]);
    expect(await validateStartVariables('international-protection-application', { ...base, representative: { kind: 'friend', fullName: 'X' } })).toEqual([
      expect.objectContaining({ path: 'representative.kind' }),
    ]);
    expect(await validateStartVariables('voluntary-return', { ...examples[4], personCategory: 'tourist' })).toEqual([expect.objectContaining({ path: 'personCategory' })]);
    expect(await validateStartVariables('accelerated-procedure', { ...examples[1], facts: { misledAuthorities: 'yes' } })).toEqual([
      expect.objectContaining({ path: 'facts.misledAuthorities' }),
    ]);
    expect(await validateStartVariables('nope', {})).toEqual([expect.objectContaining({ constraints: ['unknown process id nope'] })]);
  });
});
