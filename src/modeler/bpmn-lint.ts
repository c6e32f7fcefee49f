import { Worker } from 'node:worker_threads';
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
(async () => {
  const { BpmnModdle } = req('bpmn-moddle');
  const { Linter } = req('bpmnlint');
  const zeebe = req('zeebe-bpmn-moddle/resources/zeebe.json');
  const out = [];
  for (const { name, content } of workerData.files) {
    try {
      const moddle = new BpmnModdle({ zeebe, modeler });
      const { rootElement, warnings } = await moddle.fromXML(content, 'bpmn:Definitions');
      for (const w of warnings) out.push({ resource: name, elementId: (w.element && w.element.id) || null, rule: 'xml', category: 'warn', message: String(w.message) });
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
      out.push({ resource: name, elementId: null, rule: 'xml', category: 'error', message: err && err.message ? err.message : String(err), unreadable: true });
    }
  }
  parentPort.postMessage(out);
})().catch((err) => parentPort.postMessage({ failed: String(err && err.stack || err) }));
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

function lintRaw(files: Array<{ name: string; content: string }>): Promise<RawMessage[]> {
  if (files.length === 0) return Promise.resolve([]);
  // Module resolution starts where bpmnlint is installed, so the worker finds the same packages as the server.
  const anchor = require.resolve('bpmnlint/package.json');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { files, anchor } });
    worker.once('message', (msg: RawMessage[] | { failed: string }) => {
      void worker.terminate();
      if (Array.isArray(msg)) resolve(msg);
      else reject(new Error(`BPMN lint failed: ${msg.failed}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && code !== 1 && reject(new Error(`BPMN lint worker exited with ${code}`)));
  });
}

/** Lint errors refuse a deployment; `rule-error` means a rule crashed on the file, also refused. */
export const isBlocking = (m: LintMessage) => m.category === 'error' || m.category === 'rule-error';
