/**
 * Lint that knows the product, run after bpmnlint/camunda-compat on the server (live lint and deployment):
 * job types no worker serves and header values the worker refuses, forms that do not exist, exclusive gateways
 * whose conditions do not cover every case, timers not bound to a deadline the legal calendar computed, and
 * message names nobody publishes. Every message names the element; Turkish by default, English on request.
 */
import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import type { JobTypeDefinition } from '../../workers/job-types';
import type { LintMessage } from './bpmn-lint';
import { Lang, lintText, LintTextKey } from './lint-texts';

export interface ProductLintContext {
  jobTypes: readonly JobTypeDefinition[];
  /** Form schema by id: deployed, in forms/, or in the same deployment; undefined when there is none. */
  form(formId: string): Record<string, unknown> | undefined;
  publishedMessages: ReadonlySet<string>;
  lang: Lang;
}

/** Job types in this namespace are the product's own: an unknown one is a typo or a rename, never served. */
export const PRODUCT_JOB_NAMESPACE = 'yukk.';

interface El {
  $type: string;
  id: string;
  name?: string;
  flowElements?: El[];
  extensionElements?: { values?: Array<{ $type: string; [k: string]: unknown }> };
  eventDefinitions?: Array<{ $type: string; timeDate?: { body?: string }; timeDuration?: { body?: string }; timeCycle?: { body?: string }; messageRef?: { name?: string } }>;
  messageRef?: { name?: string };
  sourceRef?: El;
  default?: El;
  conditionExpression?: { body?: string };
}

const moddle = new BpmnModdle({ zeebe: zeebeSchema });
const ext = <T>(el: El, type: string) => el.extensionElements?.values?.find((v) => v.$type === type) as T | undefined;
const headersOf = (el: El) => new Map((ext<{ values?: Array<{ key: string; value: string }> }>(el, 'zeebe:TaskHeaders')?.values ?? []).map((h) => [h.key, h.value]));

function flatten(process: El): El[] {
  const out: El[] = [];
  const walk = (els: El[] = []) => els.forEach((e) => (out.push(e), walk(e.flowElements)));
  walk(process.flowElements);
  return out;
}

export async function productLint(files: Array<{ name: string; content: string }>, ctx: ProductLintContext): Promise<LintMessage[]> {
  const out: LintMessage[] = [];
  for (const file of files) {
    let definitions: { rootElements?: El[] };
    try {
      definitions = (await moddle.fromXML(file.content, 'bpmn:Definitions')).rootElement as unknown as { rootElements?: El[] };
    } catch {
      continue; // bpmnlint already reported an unreadable file
    }
    for (const process of (definitions.rootElements ?? []).filter((r) => r.$type === 'bpmn:Process')) {
      const report = (el: El, rule: string, category: LintMessage['category'], key: LintTextKey, params: Record<string, string> = {}) =>
        out.push({ resource: file.name, elementId: el.id, rule: `yukk/${rule}`, category, message: lintText(ctx.lang, key, params) });
      lintProcess(flatten(process), ctx, report);
    }
  }
  return out;
}

type Report = (el: El, rule: string, category: LintMessage['category'], key: LintTextKey, params?: Record<string, string>) => void;

function lintProcess(elements: El[], ctx: ProductLintContext, report: Report): void {
  // Variables a calendar worker of this process writes as due instants (what a timer may read).
  const deadlines = new Set<string>();
  for (const el of elements) {
    const def = jobTypeOf(el, ctx);
    if (!def) continue;
    for (const o of def.outputs) if (o.deadline) deadlines.add(o.name);
    for (const h of def.headers) if (h.deadline) {
      const value = headersOf(el).get(h.key);
      if (value) deadlines.add(value);
    }
  }
  for (const el of elements) {
    checkJob(el, ctx, report);
    checkForm(el, ctx, report);
    checkGateway(el, elements, ctx, report);
    checkTimers(el, deadlines, report);
    checkMessages(el, ctx, report);
  }
}

const jobTypeOf = (el: El, ctx: ProductLintContext) => {
  const type = ext<{ type?: string }>(el, 'zeebe:TaskDefinition')?.type;
  return type ? ctx.jobTypes.find((j) => j.type === type) : undefined;
};

function checkJob(el: El, ctx: ProductLintContext, report: Report): void {
  const type = ext<{ type?: string }>(el, 'zeebe:TaskDefinition')?.type;
  if (!type || type.startsWith('=')) return; // missing: camunda-compat reports it; FEEL: only known at run time
  const def = ctx.jobTypes.find((j) => j.type === type);
  if (!def) {
    const near = nearest(type, ctx.jobTypes.map((j) => j.type));
    if (type.startsWith(PRODUCT_JOB_NAMESPACE)) report(el, 'unknown-job-type', 'error', near ? 'unknownJobType.near' : 'unknownJobType', { type, near: near ?? '' });
    else report(el, 'foreign-job-type', 'warn', 'foreignJobType', { type });
    return;
  }
  const headers = headersOf(el);
  for (const h of def.headers) {
    const value = headers.get(h.key);
    if (!value) {
      if (h.optional) continue;
      report(el, 'header-required', 'error', 'headerRequired', { key: h.key, label: h[ctx.lang], type });
      continue;
    }
    const choices = h.choices?.();
    if (choices && !choices.includes(value)) report(el, 'header-value', 'error', 'headerChoice', { key: h.key, value, choices: choices.slice(0, 8).join(', ') + (choices.length > 8 ? ', …' : '') });
    else if (h.pattern && !h.pattern.test(value)) report(el, 'header-value', 'error', 'headerPattern', { key: h.key, value, pattern: h.pattern.source });
  }
}

/** The known job type a rename or a typo most likely came from: the closest within a few edits. */
function nearest(type: string, known: string[]): string | undefined {
  let best: { t: string; d: number } | undefined;
  for (const t of known) {
    const d = editDistance(type, t);
    if (d <= Math.max(3, Math.floor(t.length / 4)) && (!best || d < best.d)) best = { t, d };
  }
  return best?.t;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function checkForm(el: El, ctx: ProductLintContext, report: Report): void {
  const formId = ext<{ formId?: string }>(el, 'zeebe:FormDefinition')?.formId;
  if (formId && !formId.startsWith('=') && !ctx.form(formId)) report(el, 'missing-form', 'error', 'missingForm', { formId });
}

/** `=x = "a"` → ['x', 'a']. */
function equalsLiteral(condition: string): [string, string] | undefined {
  const m = /^([A-Za-z_][\w.]*)\s*=\s*"([^"]*)"$/.exec(condition);
  return m ? [m[1], m[2]] : undefined;
}

const norm = (body: string | undefined) => (body ?? '').trim().replace(/^=/, '').trim().replace(/\s+/g, ' ');

/** Two conditions that cannot both be false for a defined value: c / not(c), x = v / x != v, a < b / a >= b. */
function complementary(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^\((.*)\)$/, '$1');
  if (`not(${strip(a)})` === b || `not(${strip(b)})` === a) return true;
  const rel = /^(.+?)\s*(!=|<=|>=|=|<|>)\s*(.+)$/;
  const ma = rel.exec(a);
  const mb = rel.exec(b);
  if (!ma || !mb || ma[1] !== mb[1]) return false;
  const inverse: Record<string, string> = { '=': '!=', '!=': '=', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };
  if (ma[3] === mb[3] && inverse[ma[2]] === mb[2]) return true;
  // boolean: x = true / x = false
  return ma[2] === '=' && mb[2] === '=' && new Set([ma[3], mb[3]]).size === 2 && [ma[3], mb[3]].every((v) => v === 'true' || v === 'false');
}

/** The options of a select/radio field named `key` in any form of the process, when one offers a closed list. */
function enumeratedValues(key: string, elements: El[], ctx: ProductLintContext): string[] | undefined {
  for (const el of elements) {
    const formId = ext<{ formId?: string }>(el, 'zeebe:FormDefinition')?.formId;
    const schema = formId ? ctx.form(formId) : undefined;
    const found = schema && findField(schema, key);
    if (found) return found;
  }
  return undefined;
}

function findField(node: unknown, key: string): string[] | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const c = node as { key?: string; type?: string; values?: Array<{ value: string }>; components?: unknown[] };
  if (c.key === key && (c.type === 'select' || c.type === 'radio') && Array.isArray(c.values)) return c.values.map((v) => String(v.value));
  for (const child of c.components ?? []) {
    const r = findField(child, key);
    if (r) return r;
  }
  return undefined;
}

function checkGateway(el: El, elements: El[], ctx: ProductLintContext, report: Report): void {
  if (el.$type !== 'bpmn:ExclusiveGateway' || el.default) return;
  // From the flows themselves: a diagram may omit the <outgoing> references.
  const outgoing = elements.filter((f) => f.$type === 'bpmn:SequenceFlow' && f.sourceRef?.id === el.id);
  if (outgoing.length < 2) return;
  const conditions = outgoing.map((f) => norm(f.conditionExpression?.body));
  if (conditions.some((c) => !c)) return; // a flow without condition: camunda-compat reports it
  for (let i = 0; i < conditions.length; i++) for (let j = i + 1; j < conditions.length; j++) if (complementary(conditions[i], conditions[j])) return;
  const literals = conditions.map(equalsLiteral);
  if (literals.every(Boolean) && new Set(literals.map((l) => l![0])).size === 1) {
    const variable = literals[0]![0];
    const values = enumeratedValues(variable, elements, ctx);
    if (values) {
      const missing = values.filter((v) => !literals.some((l) => l![1] === v));
      if (missing.length === 0) return;
      report(el, 'gateway-not-exhaustive', 'error', 'gatewayMissingValues', { variable, missing: missing.join(', ') });
      return;
    }
  }
  report(el, 'gateway-not-exhaustive', 'warn', 'gatewayNoDefault');
}

function checkTimers(el: El, deadlines: Set<string>, report: Report): void {
  for (const def of el.eventDefinitions ?? []) {
    if (def.$type !== 'bpmn:TimerEventDefinition') continue;
    const date = norm(def.timeDate?.body);
    if (!date) {
      report(el, 'timer-not-deadline', 'warn', 'timerNotDate');
      continue;
    }
    const variable = /^[A-Za-z_]\w*$/.test(date) && def.timeDate?.body?.trim().startsWith('=') ? date : undefined;
    if (!variable) report(el, 'timer-not-deadline', 'warn', 'timerLiteral', { value: def.timeDate?.body?.trim() ?? '' });
    else if (!deadlines.has(variable)) report(el, 'timer-not-deadline', 'error', 'timerUnbound', { variable });
  }
}

function checkMessages(el: El, ctx: ProductLintContext, report: Report): void {
  const isCatch = el.$type === 'bpmn:ReceiveTask' || /CatchEvent|BoundaryEvent|StartEvent/.test(el.$type);
  if (!isCatch) return;
  const names = [el.messageRef?.name, ...(el.eventDefinitions ?? []).filter((d) => d.$type === 'bpmn:MessageEventDefinition').map((d) => d.messageRef?.name)];
  for (const name of names) {
    if (name && !name.startsWith('=') && !ctx.publishedMessages.has(name)) report(el, 'unpublished-message', 'warn', 'unpublishedMessage', { name });
  }
}
