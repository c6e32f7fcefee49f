import * as fs from 'node:fs';
import * as path from 'node:path';
import { PUBLISHED_MESSAGES } from '../../processes/contracts/messages';
import { JOB_TYPES } from '../../workers/job-types';
import { productLint, ProductLintContext } from './product-lint';

const ROOT = path.resolve(__dirname, '..', '..');
const FORMS = new Map(
  fs.readdirSync(path.join(ROOT, 'forms')).filter((f) => f.endsWith('.form')).map((f) => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'forms', f), 'utf8'));
    return [schema.id as string, schema];
  }),
);
const ctx = (lang: 'tr' | 'en' = 'tr'): ProductLintContext => ({ jobTypes: JOB_TYPES, form: (id) => FORMS.get(id), publishedMessages: new Set(Object.keys(PUBLISHED_MESSAGES)), lang });
const procedure = (id: string) => ({ name: `${id}.bpmn`, content: fs.readFileSync(path.join(ROOT, 'processes', `${id}.bpmn`), 'utf8') });
const PROCEDURES = ['international-protection-application', 'accelerated-procedure', 'inadmissibility-assessment', 'victim-support', 'voluntary-return'];

/** A one-process diagram around the given elements (no DI: the product lint reads semantics only). */
const diagram = (body: string, extra = '') => ({
  name: 'probe.bpmn',
  content: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
  <bpmn:process id="probe" isExecutable="true">${body}</bpmn:process>${extra}
</bpmn:definitions>`,
});

describe('product lint', () => {
  it('finds nothing to refuse in the five procedures, and no warning either', async () => {
    const messages = await productLint(PROCEDURES.map(procedure), ctx());
    expect(messages).toEqual([]);
  });

  it('catches a renamed job type with the element id, in Turkish, and suggests the worker', async () => {
    const file = procedure('accelerated-procedure');
    file.content = file.content.replace('type="yukk.rules.accelerated-criteria"', 'type="yukk.rules.accelerated-criterion"');
    const [m] = await productLint([file], ctx());
    expect(m).toEqual({ resource: file.name, elementId: 'Task_CheckCriteria', rule: 'yukk/unknown-job-type', category: 'error', message: expect.stringContaining('"yukk.rules.accelerated-criterion" iş türüne hizmet eden bir çalışan yok') });
    expect(m.message).toContain('yukk.rules.accelerated-criteria');
    const [en] = await productLint([file], ctx('en'));
    expect(en.message).toMatch(/^No worker serves job type "yukk.rules.accelerated-criterion"/);
  });

  it('a job type outside the product is a warning, not an error', async () => {
    const m = await productLint([diagram('<bpmn:serviceTask id="T"><bpmn:extensionElements><zeebe:taskDefinition type="billing-check" /></bpmn:extensionElements></bpmn:serviceTask>')], ctx());
    expect(m).toEqual([expect.objectContaining({ elementId: 'T', rule: 'yukk/foreign-job-type', category: 'warn' })]);
  });

  it('checks header values against what the worker knows', async () => {
    const task = (headers: string) => diagram(`<bpmn:serviceTask id="P"><bpmn:extensionElements><zeebe:taskDefinition type="yukk.calendar.period-end" /><zeebe:taskHeaders>${headers}</zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`);
    const good = '<zeebe:header key="parameter" value="accelerated.interviewPeriod" /><zeebe:header key="from" value="acceleratedStartDate" /><zeebe:header key="resultVariable" value="interviewDueAt" /><zeebe:header key="citation" value="Art. 79(2)" />';
    expect(await productLint([task(good)], ctx())).toEqual([]);
    const bad = await productLint([task(good.replace('accelerated.interviewPeriod', 'accelerated.interviewPeriodX').replace('interviewDueAt', 'interviewEnd').replace(/<zeebe:header key="citation"[^>]*>/, ''))], ctx());
    expect(bad.map((m) => [m.elementId, m.rule, m.category])).toEqual([
      ['P', 'yukk/header-value', 'error'],
      ['P', 'yukk/header-value', 'error'],
      ['P', 'yukk/header-required', 'error'],
    ]);
  });

  it('a form that is neither deployed nor in forms/ is an error', async () => {
    const m = await productLint([diagram('<bpmn:userTask id="U"><bpmn:extensionElements><zeebe:userTask /><zeebe:formDefinition formId="no-such-form" /></bpmn:extensionElements></bpmn:userTask>')], ctx());
    expect(m).toEqual([expect.objectContaining({ elementId: 'U', rule: 'yukk/missing-form', category: 'error', message: expect.stringContaining('"no-such-form"') })]);
  });

  it('exclusive gateways without default: complementary conditions pass, uncovered form options are an error, the rest a warning', async () => {
    const gw = (a: string, b: string, extra = '') =>
      diagram(`${extra}<bpmn:exclusiveGateway id="G" /><bpmn:endEvent id="E1" /><bpmn:endEvent id="E2" />
        <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="E1"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E2"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${b}</bpmn:conditionExpression></bpmn:sequenceFlow>`);
    expect(await productLint([gw('=x &gt; 3', '=x &lt;= 3')], ctx())).toEqual([]);
    expect(await productLint([gw('=ok', '=not(ok)')], ctx())).toEqual([]);
    expect(await productLint([gw('=ok = true', '=ok = false')], ctx())).toEqual([]);
    expect(await productLint([gw('=a', '=b')], ctx())).toEqual([expect.objectContaining({ elementId: 'G', rule: 'yukk/gateway-not-exhaustive', category: 'warn' })]);
    // ap-decision offers acceleratedDecision = granted | rejected | exit-regular (forms/ap-decision.form)
    const task = '<bpmn:userTask id="U"><bpmn:extensionElements><zeebe:userTask /><zeebe:formDefinition formId="ap-decision" /></bpmn:extensionElements></bpmn:userTask>';
    const values = (FORMS.get('ap-decision')!.components as Array<{ key?: string; values?: Array<{ value: string }> }>).find((c) => c.key === 'acceleratedDecision')!.values!.map((v) => v.value);
    expect(values.length).toBeGreaterThan(2);
    const partial = await productLint([gw(`=acceleratedDecision = "${values[0]}"`, `=acceleratedDecision = "${values[1]}"`, task)], ctx());
    expect(partial).toEqual([expect.objectContaining({ elementId: 'G', category: 'error', message: expect.stringContaining(values[2]) })]);
  });

  it('timers: a literal is a warning, a variable no calendar worker writes an error, a computed deadline passes', async () => {
    const timer = (body: string, before = '') => diagram(`${before}<bpmn:intermediateCatchEvent id="T"><bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${body}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`);
    expect(await productLint([timer('2026-12-01T10:00:00+03:00')], ctx())).toEqual([expect.objectContaining({ elementId: 'T', rule: 'yukk/timer-not-deadline', category: 'warn' })]);
    expect(await productLint([timer('=interviewDueAt')], ctx())).toEqual([expect.objectContaining({ elementId: 'T', rule: 'yukk/timer-not-deadline', category: 'error' })]);
    const period = '<bpmn:serviceTask id="P"><bpmn:extensionElements><zeebe:taskDefinition type="yukk.calendar.period-end" /><zeebe:taskHeaders><zeebe:header key="parameter" value="accelerated.interviewPeriod" /><zeebe:header key="from" value="acceleratedStartDate" /><zeebe:header key="resultVariable" value="interviewDueAt" /><zeebe:header key="citation" value="Art. 79(2)" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>';
    expect(await productLint([timer('=interviewDueAt', period)], ctx())).toEqual([]);
  });

  it('a message nobody publishes is a warning', async () => {
    const m = await productLint(
      [diagram('<bpmn:intermediateCatchEvent id="M"><bpmn:messageEventDefinition messageRef="Msg" /></bpmn:intermediateCatchEvent>', '<bpmn:message id="Msg" name="court-action-filled" />')],
      ctx(),
    );
    expect(m).toEqual([expect.objectContaining({ elementId: 'M', rule: 'yukk/unpublished-message', category: 'warn', message: expect.stringContaining('"court-action-filled"') })]);
  });
});
