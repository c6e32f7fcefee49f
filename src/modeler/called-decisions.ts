import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Which decisions the procedures call, by the DRG that holds them: read once from the bundled procedures
 * (processes/*.bpmn, zeebe:calledDecision) and decision tables (processes/decisions/*.dmn). The DMN lint uses it
 * to refuse an edited table that dropped a decision a procedure still calls.
 */
export class CalledDecisions {
  /** DRG id → decision id → the processes calling it. */
  private readonly byDrg = new Map<string, Map<string, string[]>>();

  constructor(processesDir: string) {
    const files = (dir: string, ext: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : []);
    // The product's own files, written by its tools: attribute order is stable enough for a pattern.
    const callers = new Map<string, string[]>();
    for (const xml of files(processesDir, '.bpmn')) {
      const processId = /<(?:\w+:)?process\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1] ?? '?';
      for (const m of xml.matchAll(/<zeebe:calledDecision\b[^>]*\bdecisionId="([^"=][^"]*)"/g)) callers.set(m[1], [...(callers.get(m[1]) ?? []), processId]);
    }
    for (const xml of files(path.join(processesDir, 'decisions'), '.dmn')) {
      const drgId = /<(?:\w+:)?definitions\b[^>]*\bid="([^"]+)"/.exec(xml)?.[1];
      if (!drgId) continue;
      const called = new Map<string, string[]>();
      for (const m of xml.matchAll(/<(?:\w+:)?decision\b[^>]*\bid="([^"]+)"/g)) if (callers.has(m[1])) called.set(m[1], callers.get(m[1])!);
      this.byDrg.set(drgId, called);
    }
  }

  /** The decisions of DRG `drgId` that procedures call, with their callers (empty for a DRG of no procedure). */
  calledIn(drgId: string): ReadonlyMap<string, string[]> {
    return this.byDrg.get(drgId) ?? new Map();
  }
}
