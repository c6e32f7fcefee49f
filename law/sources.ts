/**
 * The one legend of source tags ([S0]…[S4], [K], [E]) used in comments, data files and documents. The data is in
 * law/sources.json (docs/law.md renders it); law/sources.spec.ts fails when a file uses a tag without an entry.
 */
import legend from './sources.json';

export interface SourceTag {
  title: string;
  kind: 'seed' | 'knowledge' | 'external';
  detail: string;
}

export const SOURCE_TAGS: Readonly<Record<string, SourceTag>> = legend.tags as Record<string, SourceTag>;

/**
 * The tags a text uses: a bracket opening with one capital letter and an optional digit, followed by `]`, a space,
 * `;` or `,` — `[S0 Q7]`, `[K]`, `[S0 Q9, Q11]`, `[K; S0 says …]`. Words in brackets (`[UTC]`) are not tags.
 */
export function sourceTagsIn(text: string): string[] {
  const tags = new Set<string>();
  for (const m of text.matchAll(/\[([A-Z]\d?)(?=[\]\s;,])/g)) tags.add(m[1]);
  return [...tags];
}
