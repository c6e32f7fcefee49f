import { createHash } from 'node:crypto';
import { DeploymentResult, DeployResource } from '../api/commands';
import { EngineError, invalidArgument } from '../errors';
import { evaluateExpr, evaluateTyped } from '../feel/feel';
import { CompiledDrg, compileDmn } from '../dmn/compile';
import { compileBpmn } from '../model/compile';
import { checkRunnable } from '../model/runnability';
import { ProcessModel } from '../model/types';
import type { LatestVersion } from '../store/deployments';
import { Stores } from '../store/stores';
import type { Interpreter } from './interpreter';
import { DecisionRegistry } from './decisions';
import { DefinitionInfo, ModelRegistry } from './models';
import { signalNameOf } from './signal-name';
import { scheduleTimer } from './timer-spec';
import { insertTimer } from './behaviours/event-subscriptions';

const MAX_RESOURCE_BYTES = 4 * 1024 * 1024;

/** Deployed resources, compiled and checked before the deployment command runs (compilation is async). */
export interface CompiledResources {
  bpmn: Array<{ name: string; xml: string; processes: ProcessModel[] }>;
  forms: Array<{ name: string; json: string; formId: string }>;
  dmn: Array<{ name: string; xml: string; drg: CompiledDrg }>;
}

/** Compiles BPMN and DMN, checks forms; refuses, naming the resource (and element), what could never run. */
export async function compileResources(resources: DeployResource[]): Promise<CompiledResources> {
  if (!resources.length) throw invalidArgument('Expected to deploy at least one resource, but none given');
  const compiled: CompiledResources = { bpmn: [], forms: [], dmn: [] };
  for (const r of resources) {
    const text = typeof r.content === 'string' ? r.content : r.content.toString('utf8');
    if (Buffer.byteLength(text) > MAX_RESOURCE_BYTES) throw new EngineError('PAYLOAD_TOO_LARGE', `Resource '${r.name}' exceeds ${MAX_RESOURCE_BYTES} bytes`);
    if (/\.(bpmn|xml)$/i.test(r.name)) {
      const { processes } = await compileBpmn(text, r.name);
      // Refuses, with the element id, what deploys but could never run (runnability.ts).
      for (const process of processes) checkRunnable(process);
      compiled.bpmn.push({ name: r.name, xml: text, processes });
    } else if (/\.dmn$/i.test(r.name)) {
      compiled.dmn.push({ name: r.name, xml: text, drg: await compileDmn(text, r.name) });
    } else if (/\.form$/i.test(r.name)) {
      compiled.forms.push({ name: r.name, json: text, formId: formIdOf(r.name, text) });
    } else {
      throw invalidArgument(`Resource '${r.name}' has an unsupported type: expected .bpmn, .dmn or .form`);
    }
  }
  return compiled;
}

function formIdOf(name: string, text: string): string {
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // JSON.parse quotes the text it failed on: say where, never echo the upload.
    const at = /position (\d+)/.exec((err as Error).message);
    throw invalidArgument(`'${name}' is not a valid form: it is not JSON${at ? ` (error at position ${at[1]})` : ''}`);
  }
  if (!parsed || typeof parsed.id !== 'string' || !parsed.id) throw invalidArgument(`'${name}' is not a valid form: it has no 'id'`);
  if (!Array.isArray(parsed.components)) throw invalidArgument(`'${name}' is not a valid form: 'components' must be a list`);
  return parsed.id;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One resource of a deployment, with its checksum and the latest version deployed before. */
interface Versioned {
  name: string;
  checksum: string;
  latest?: LatestVersion;
}

/**
 * Zeebe (8.6+): a resource is a duplicate when its latest version has the same file name and content;
 * a deployment of duplicates only creates nothing, but once one resource changed, every resource of the
 * deployment gets a new version, so they stay versioned together ("deployment" binding).
 */
const isDuplicate = (x: Versioned) => !!x.latest && x.latest.checksum === x.checksum && x.latest.resource_name === x.name;

/** The deployment command: new versions (or, for duplicates, the existing ones), registered and subscribed. */
export function deployResources(it: Interpreter, c: CompiledResources, tenantId: string): DeploymentResult {
  const { deployments, decisions } = it.stores;
  const now = it.now();
  const deploymentKey = it.takeKey();
  deployments.insertDeployment(deploymentKey, tenantId, now);
  const result: DeploymentResult = { deploymentKey: String(deploymentKey), tenantId, processes: [], forms: [], decisions: [], decisionRequirements: [] };
  const forms = c.forms.map((f) => ({ f, name: f.name, checksum: sha256(f.json), latest: deployments.latest('form', f.formId, tenantId) }));
  const processes = c.bpmn.flatMap((b) => {
    const checksum = sha256(b.xml);
    return b.processes.map((model) => ({ b, model, name: b.name, checksum, latest: deployments.latest('process', model.id, tenantId) }));
  });
  const drgs = c.dmn.map((d) => ({ d, name: d.name, checksum: sha256(d.xml), latest: deployments.latest('drg', d.drg.id, tenantId) }));
  const unchanged = [...forms, ...processes, ...drgs].every(isDuplicate);
  const nextVersion = (x: Versioned) => (unchanged ? x.latest!.version : (x.latest?.version ?? 0) + 1);

  // A DRG is versioned as one resource; each decision in it gets the next version of its own id (Zeebe).
  for (const x of drgs) {
    const { d } = x;
    const drgKey = unchanged ? x.latest!.key : it.takeKey();
    const drgVersion = nextVersion(x);
    if (!unchanged) decisions.insertDrg({ key: drgKey, drgId: d.drg.id, name: d.drg.name, version: drgVersion, resourceName: d.name, checksum: x.checksum, xml: d.xml, deploymentKey, tenantId });
    result.decisionRequirements.push({ decisionRequirementsId: d.drg.id, decisionRequirementsName: d.drg.name, version: drgVersion, decisionRequirementsKey: String(drgKey), resourceName: d.name, tenantId });
    for (const decision of d.drg.decisions.values()) {
      let row = decisions.inDrg(drgKey, decision.id);
      if (!row) {
        row = { key: it.takeKey(), version: decisions.latestVersion(decision.id, tenantId) + 1 };
        decisions.insertDecision({ key: row.key, decision_id: decision.id, name: decision.name, version: row.version, drg_key: drgKey, drg_id: d.drg.id, tenant_id: tenantId }, deploymentKey);
        it.decisions.register({ key: row.key, decisionId: decision.id, name: decision.name, version: row.version, tenantId, drgKey, drgId: d.drg.id, drg: d.drg });
      }
      result.decisions.push({ decisionDefinitionId: decision.id, name: decision.name, version: row.version, decisionDefinitionKey: String(row.key), decisionRequirementsId: d.drg.id, decisionRequirementsKey: String(drgKey), tenantId });
    }
  }
  for (const x of forms) {
    const key = unchanged ? x.latest!.key : it.takeKey();
    const version = nextVersion(x);
    if (!unchanged) deployments.insertForm({ key, formId: x.f.formId, version, resourceName: x.name, checksum: x.checksum, schema: x.f.json, deploymentKey, tenantId });
    result.forms.push({ formId: x.f.formId, version, formKey: String(key), resourceName: x.name, tenantId });
  }
  for (const x of processes) {
    const { model } = x;
    const key = unchanged ? x.latest!.key : it.takeKey();
    const version = nextVersion(x);
    if (!unchanged) {
      deployments.insertProcess({
        key, bpmnProcessId: model.id, version, name: model.name ?? null, versionTag: model.versionTag ?? null, resourceName: x.name, checksum: x.checksum, xml: x.b.xml,
        deploymentKey, tenantId, hasStartForm: !!model.hasStartForm,
      }, now);
      const info: DefinitionInfo = { key, bpmnProcessId: model.id, version, tenantId, model };
      it.models.register(info);
      checkMessageStartNames(info);
      replaceStartTimers(it, info);
      replaceSignalStarts(it, info);
    }
    result.processes.push({ processDefinitionId: model.id, processDefinitionVersion: version, processDefinitionKey: String(key), resourceName: x.name, tenantId });
  }
  it.history('DEPLOYMENT', 'CREATED', deploymentKey, null, null);
  return result;
}

/** As in Zeebe, a FEEL message name of a message start event is evaluated at deployment, without variables. */
function checkMessageStartNames(info: DefinitionInfo): void {
  for (const id of info.model.messageStartEvents) {
    const expr = info.model.nodes.get(id)!.event?.messageName;
    if (!expr?.feel) continue;
    try {
      evaluateTyped(expr, {}, 'string');
    } catch (err) {
      throw invalidArgument(`Element '${id}': the message name of a message start event is evaluated at deployment, without variables: ${(err as Error).message}`);
    }
  }
}

/** A new version replaces the timer start events of the previous ones, as in Zeebe. */
function replaceStartTimers(it: Interpreter, info: DefinitionInfo): void {
  it.stores.timers.deleteStartTimersOfOtherVersions(info.bpmnProcessId, info.tenantId, info.key);
  for (const id of info.model.timerStartEvents) {
    const t = info.model.nodes.get(id)!.event!.timer!;
    // As in Zeebe, an expression is evaluated at deployment, with no variables (now() works); a
    // timer that cannot be created rejects the deployment.
    let s;
    try {
      s = scheduleTimer(t.kind, evaluateExpr(t.expr, {}).value, it.now());
    } catch (err) {
      throw invalidArgument(`Element '${id}': could not create the timer of the timer start event: ${(err as Error).message}`);
    }
    insertTimer(it, { kind: 'START', elementId: id, elementInstanceKey: null, processInstanceKey: null, processDefinitionKey: info.key, tenantId: info.tenantId }, s);
  }
}

/**
 * A new version replaces the signal start subscriptions of the previous ones (Zeebe: signal
 * subscriptions exist only for the latest version). A FEEL name is evaluated here, without variables;
 * one that gives no non-empty string rejects the deployment.
 */
function replaceSignalStarts(it: Interpreter, info: DefinitionInfo): void {
  it.stores.subscriptions.deleteSignalStarts(info.bpmnProcessId, info.tenantId);
  for (const id of info.model.signalStartEvents) {
    const expr = info.model.nodes.get(id)!.event!.signalName!;
    let name: string;
    try {
      name = signalNameOf(expr, {}, id);
    } catch (err) {
      const how = expr.feel ? 'is evaluated at deployment, without variables' : 'must not be empty';
      throw invalidArgument(`Element '${id}': the signal name of a signal start event ${how}: ${(err as Error).message}`);
    }
    const key = it.takeKey();
    const owner = { elementInstanceKey: null, processInstanceKey: null, processDefinitionKey: info.key, bpmnProcessId: info.bpmnProcessId, tenantId: info.tenantId };
    it.stores.subscriptions.insertSignal(key, name, id, owner, true, it.now());
    it.history('SIGNAL', 'SUBSCRIPTION_CREATED', key, null, id, null, { name, startEvent: true });
  }
}

/** Opening the engine: every deployed process and decision is compiled again (one compilation per identical resource). */
export async function loadDeployedDefinitions(stores: Stores, models: ModelRegistry, decisions: DecisionRegistry): Promise<void> {
  const compiled = new Map<string, ProcessModel[]>();
  for (const row of stores.deployments.processResources()) {
    const cacheKey = sha256(row.xml);
    let processes = compiled.get(cacheKey);
    if (!processes) {
      processes = (await compileBpmn(row.xml, row.resource_name)).processes;
      compiled.set(cacheKey, processes);
    }
    const model = processes.find((p) => p.id === row.bpmn_process_id)!;
    models.register({ key: row.key, bpmnProcessId: row.bpmn_process_id, version: row.version, tenantId: row.tenant_id, model });
  }
  const drgs = new Map<number, CompiledDrg>();
  for (const row of stores.decisions.drgResources()) drgs.set(row.key, await compileDmn(row.xml, row.resource_name));
  for (const row of stores.decisions.decisionDefinitions()) {
    decisions.register({ key: row.key, decisionId: row.decision_id, name: row.name, version: row.version, tenantId: row.tenant_id, drgKey: row.drg_key, drgId: row.drg_id, drg: drgs.get(row.drg_key)! });
  }
}
