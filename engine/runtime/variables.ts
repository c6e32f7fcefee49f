import type { VariableStore } from '../store/variables';
import { ElementInstanceRow } from './rows';

export type Vars = Record<string, unknown>;

/**
 * Variable scopes with Zeebe's rules: a scope sees its own variables and those of its flow scopes;
 * merged (non-local) variables land in the innermost scope that already has a variable of that
 * name, else in the process instance's root scope.
 */
export class VariableScopes {
  constructor(
    private readonly store: VariableStore,
    private readonly elementInstance: (key: number) => ElementInstanceRow,
  ) {}

  /** Scope keys from the given scope outwards to the process instance root. */
  chain(scopeKey: number): number[] {
    const keys: number[] = [];
    let key: number | null = scopeKey;
    while (key !== null) {
      keys.push(key);
      key = this.elementInstance(key).flow_scope_key;
    }
    return keys;
  }

  /** All variables visible from a scope, inner ones shadowing outer ones (the FEEL context). */
  context(scopeKey: number): Vars {
    const out: Vars = {};
    for (const key of this.chain(scopeKey).reverse()) {
      for (const row of this.store.ofScope(key)) {
        out[row.name] = JSON.parse(row.value);
      }
    }
    return out;
  }

  localVariables(scopeKey: number): Vars {
    const out: Vars = {};
    for (const row of this.store.ofScope(scopeKey)) {
      out[row.name] = JSON.parse(row.value);
    }
    return out;
  }

  getLocal(scopeKey: number, name: string): unknown {
    const json = this.store.get(scopeKey, name);
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** The value a name resolves to from a scope, or undefined. */
  lookup(scopeKey: number, name: string): unknown {
    for (const key of this.chain(scopeKey)) {
      const v = this.getLocal(key, name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  setLocal(scope: ElementInstanceRow, name: string, value: unknown): void {
    this.write(scope.key, scope.process_instance_key, scope.tenant_id, name, value);
  }

  /** Merges variables into a scope with Zeebe's propagation. */
  propagate(scopeKey: number, vars: Vars): void {
    const chain = this.chain(scopeKey);
    const root = this.elementInstance(chain[chain.length - 1]);
    for (const [name, value] of Object.entries(vars)) {
      const holder = chain.find((key) => this.store.has(key, name));
      this.write(holder ?? root.key, root.process_instance_key, root.tenant_id, name, value);
    }
  }

  private write(scopeKey: number, processInstanceKey: number, tenantId: string, name: string, value: unknown): void {
    const json = JSON.stringify(value === undefined ? null : value);
    this.store.upsert(this.nextKey(), scopeKey, processInstanceKey, tenantId, name, json);
  }

  private nextKey: () => number = () => {
    throw new Error('key source not set');
  };

  useKeys(take: () => number): this {
    this.nextKey = take;
    return this;
  }
}
