import { Worker } from 'node:worker_threads';
import { safeXmlMessage } from '../../engine/model/xml-messages';
import { CompatData, compatMessage, Lang, lintText } from './lint-texts';

export interface LintMessage {
  resource: string;
  elementId: string | null;
  rule: string;
  category: 'error' | 'warn' | 'info' | 'rule-error';
  message: string;
}

/**
 * Runs in a worker thread under plain Node: the camunda-compat rules import ESM-only bpmn-io helpers, which load
 * natively in Node 20.19+ but not through a CommonJS module loader such as jest's. It also keeps the lint CPU off
 * the request thread. Parsing: bpmn-moddle + zeebe-bpmn-moddle + a `modeler:` descriptor for executionPlatform.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const safeXmlMessage = ${safeXmlMessage.toString()};
/** Parser-level problems: the file is not well-formed XML, or not BPMN at all. */
const UNREADABLE = /^(unparsable content|unclosed tag|unexpected end|missing start tag|text data outside of root node|non-whitespace before first tag|failed to parse document)/i;
const { createRequire } = require('node:module');
const path = require('node:path');
const req = createRequire(workerData.anchor);
const PLUGIN = 'bpmnlint-plugin-camunda-compat';
const modeler = { name: 'Camunda Modeler', prefix: 'modeler', uri: 'http://camunda.org/schema/modeler/1.0', xml: { tagAlias: 'lowerCase' },
  types: [{ name: 'Definitions', isAbstract: true, extends: ['bpmn:Definitions'], properties: [
    { name: 'executionPlatform', isAttr: true, type: 'String' }, { name: 'executionPlatformVersion', isAttr: true, type: 'String' }] }] };
const isPlugin = (p) => p === PLUGIN || p === 'camunda-compat';
const resolver = {
  resolveRule(pkg, rule) {
    if (pkg === 'bpmnlint') return req('bpmnlint/rules/' + rule);
    if (isPlugin(pkg)) return req(path.posix.join(PLUGIN, req(PLUGIN).rules[rule]));
    throw new Error('cannot resolve rule ' + pkg + '/' + rule);
  },
  resolveConfig(pkg, name) {
    if (isPlugin(pkg)) return req(PLUGIN).configs[name];
    if (pkg === 'bpmnlint') return req('bpmnlint/config/' + name);
    throw new Error('cannot resolve config ' + pkg + '/' + name);
  },
};
const { BpmnModdle } = req('bpmn-moddle');
const { Linter } = req('bpmnlint');
const zeebe = req('zeebe-bpmn-moddle/resources/zeebe.json');
async function lint(files) {
  const out = [];
  for (const { name, content } of files) {
    try {
      const moddle = new BpmnModdle({ zeebe, modeler });
      const { rootElement, warnings } = await moddle.fromXML(content, 'bpmn:Definitions');
      for (const w of warnings) {
        const unreadable = UNREADABLE.test(String(w.message));
        out.push({ resource: name, elementId: (w.element && w.element.id) || null, rule: 'xml', category: unreadable ? 'error' : 'warn', message: safeXmlMessage(w.message), unreadable });
      }
      if (!rootElement || rootElement.$type !== 'bpmn:Definitions') {
        out.push({ resource: name, elementId: null, rule: 'xml', category: 'error', message: 'no bpmn:definitions element', unreadable: true });
        continue;
      }
      const linter = new Linter({ config: { extends: 'plugin:camunda-compat/camunda-cloud-8-8' }, resolver });
      const reports = await linter.lint(rootElement);
      for (const [rule, list] of Object.entries(reports))
        for (const r of list) {
          const d = r.data || {};
          const property = d.requiredProperty || d.property;
          const data = { type: d.type, nodeType: d.node && d.node.$type, parentType: d.parentNode && d.parentNode.$type, property: Array.isArray(property) ? property[0] : property };
          out.push({ resource: name, elementId: r.id || null, rule, category: r.category, message: String(r.message), data });
        }
    } catch (err) {
      out.push({ resource: name, elementId: null, rule: 'xml', category: 'error', message: safeXmlMessage(err && err.message ? err.message : String(err)), unreadable: true });
    }
  }
  return out;
}
parentPort.on('message', ({ id, files }) => {
  lint(files).then((out) => parentPort.postMessage({ id, out }), (err) => parentPort.postMessage({ id, failed: String(err && err.stack || err) }));
});
`;

type RawMessage = LintMessage & { data?: CompatData; unreadable?: boolean };

/** Lints BPMN files for Camunda 8.8 (config `plugin:camunda-compat/camunda-cloud-8-8`); messages in `lang`. */
export async function lintBpmn(files: Array<{ name: string; content: string }>, lang: Lang = 'tr'): Promise<LintMessage[]> {
  const raw = await lintRaw(files);
  return raw.map(({ data, unreadable, ...m }) => ({
    ...m,
    message: unreadable ? lintText(lang, 'xmlUnreadable', { message: m.message }) : m.rule === 'xml' ? m.message : compatMessage(lang, data, m.message),
  }));
}

/**
 * One lint worker, kept while lint requests come (the modeler lints live): loading bpmnlint and the rules costs
 * far more than a lint. It does not hold the process open, and it is replaced if it ever dies.
 */
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (m: RawMessage[]) => void; reject: (e: Error) => void }>();

function lintWorker(): Worker {
  if (worker) return worker;
  // Module resolution starts where bpmnlint is installed, so the worker finds the same packages as the server.
  const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { anchor: require.resolve('bpmnlint/package.json') } });
  w.unref();
  w.on('message', (msg: { id: number; out?: RawMessage[]; failed?: string }) => {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.out) p?.resolve(msg.out);
    else p?.reject(new Error(`BPMN lint failed: ${msg.failed}`));
  });
  const fail = (err: Error) => {
    if (worker === w) worker = undefined;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`BPMN lint worker exited with ${code}`)));
  worker = w;
  return w;
}

let idle: NodeJS.Timeout | undefined;
const IDLE_MS = 60_000;

/** Ends the lint worker (server shutdown, or a minute without lint requests). */
export function closeLintWorker(): void {
  clearTimeout(idle);
  const w = worker;
  worker = undefined;
  void w?.terminate();
}

function lintRaw(files: Array<{ name: string; content: string }>): Promise<RawMessage[]> {
  if (files.length === 0) return Promise.resolve([]);
  clearTimeout(idle);
  return new Promise<RawMessage[]>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    lintWorker().postMessage({ id, files });
  }).finally(() => {
    if (pending.size === 0) idle = setTimeout(closeLintWorker, IDLE_MS).unref();
  });
}

/** Lint errors refuse a deployment; `rule-error` means a rule crashed on the file, also refused. */
export const isBlocking = (m: LintMessage) => m.category === 'error' || m.category === 'rule-error';
