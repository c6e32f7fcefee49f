/** Loads the diagrams with the Zeebe moddle extension and flattens their elements, for structural tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');

export const PROCESSES_DIR = path.join(__dirname, '..');
export const FORMS_DIR = path.join(__dirname, '..', '..', 'forms');

export interface El {
  $type: string;
  id: string;
  name?: string;
  documentation?: Array<{ text: string }>;
  extensionElements?: { values: Array<{ $type: string; [k: string]: unknown }> };
  eventDefinitions?: Array<{ $type: string; timeDate?: { body: string }; messageRef?: { name: string; extensionElements?: El['extensionElements'] }; errorRef?: { errorCode: string } }>;
  flowElements?: El[];
  attachedToRef?: El;
  cancelActivity?: boolean;
  [k: string]: unknown;
}

export interface Diagram {
  file: string;
  processId: string;
  elements: El[];
}

export function ext<T = Record<string, unknown>>(el: El, type: string): T | undefined {
  return el.extensionElements?.values.find((v) => v.$type === type) as T | undefined;
}

export async function loadDiagrams(): Promise<Diagram[]> {
  const moddle = new BpmnModdle({ zeebe });
  const files = fs.readdirSync(PROCESSES_DIR).filter((f) => f.endsWith('.bpmn')).sort();
  const out: Diagram[] = [];
  for (const file of files) {
    const { rootElement } = await moddle.fromXML(fs.readFileSync(path.join(PROCESSES_DIR, file), 'utf8'));
    const process = (rootElement as unknown as { rootElements: El[] }).rootElements.find((r) => r.$type === 'bpmn:Process')!;
    const elements: El[] = [];
    const walk = (els: El[] = []) => els.forEach((e) => (elements.push(e), walk(e.flowElements)));
    walk(process.flowElements);
    out.push({ file, processId: process.id, elements });
  }
  return out;
}
