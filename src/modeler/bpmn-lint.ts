import { Worker } from 'node:worker_threads';
import { safeXmlMessage } from '../../engine/model/xml-messages';

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
(async () => {
  const { BpmnModdle } = req('bpmn-moddle');
  const { Linter } = req('bpmnlint');
  const zeebe = req('zeebe-bpmn-moddle/resources/zeebe.json');
  const out = [];
  for (const { name, content } of workerData.files) {
    try {
      const moddle = new BpmnModdle({ zeebe, modeler });
      const { rootElement, warnings } = await moddle.fromXML(content, 'bpmn:Definitions');
      for (const w of warnings) {
        const unreadable = UNREADABLE.test(String(w.message));
        out.push({ resource: name, elementId: (w.element && w.element.id) || null, rule: 'xml', category: unreadable ? 'error' : 'warn', message: (unreadable ? 'Not a readable BPMN 2.0 file: ' : '') + safeXmlMessage(w.message) });
      }
      if (!rootElement || rootElement.$type !== 'bpmn:Definitions') {
        out.push({ resource: name, elementId: null, rule: 'xml', category: 'error', message: 'Not a readable BPMN 2.0 file: no bpmn:definitions element' });
        continue;
      }
      const linter = new Linter({ config: { extends: 'plugin:camunda-compat/camunda-cloud-8-8' }, resolver });
      const reports = await linter.lint(rootElement);
      for (const [rule, list] of Object.entries(reports))
        for (const r of list) out.push({ resource: name, elementId: r.id || null, rule, category: r.category, message: String(r.message) });
    } catch (err) {
      out.push({ resource: name, elementId: null, rule: 'xml', category: 'error', message: 'Not a readable BPMN 2.0 file: ' + safeXmlMessage(err && err.message ? err.message : String(err)) });
    }
  }
  parentPort.postMessage(out);
})().catch((err) => parentPort.postMessage({ failed: String(err && err.stack || err) }));
`;

/** Lints BPMN files for Camunda 8.8 (config `plugin:camunda-compat/camunda-cloud-8-8`). */
export function lintBpmn(files: Array<{ name: string; content: string }>): Promise<LintMessage[]> {
  if (files.length === 0) return Promise.resolve([]);
  // Module resolution starts where bpmnlint is installed, so the worker finds the same packages as the server.
  const anchor = require.resolve('bpmnlint/package.json');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { files, anchor } });
    worker.once('message', (msg: LintMessage[] | { failed: string }) => {
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
