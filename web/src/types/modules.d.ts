// Packages without bundled type declarations: typed as loosely as they are used.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export const BpmnPropertiesProviderModule: unknown;
  export const ZeebePropertiesProviderModule: unknown;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const module: unknown;
  export default module;
}
declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module 'modeler-moddle/resources/modeler.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module '@camunda/linting' {
  export interface LintReport {
    id: string;
    name?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    rule: string;
  }
  export class Linter {
    constructor(options?: { modeler?: 'web' | 'desktop'; type?: 'cloud' | 'platform' });
    lint(contents: string | object): Promise<LintReport[]>;
  }
}
declare module '@camunda/linting/modeler' {
  const module: unknown;
  export default module;
}
declare module 'bpmn-js-differ' {
  export interface Changes {
    _added: Record<string, { $type: string; id: string }>;
    _removed: Record<string, { $type: string; id: string }>;
    _changed: Record<string, { model: { $type: string; id: string }; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, { $type: string; id: string }>;
  }
  export function diff(a: object, b: object): Changes;
}
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: object; warnings: unknown[] }>;
  }
}
declare module '@bpmn-io/form-js' {
  export class Form {
    constructor(options?: { container?: Element; debounce?: number | boolean; additionalModules?: unknown[] });
    importSchema(schema: unknown, data?: Record<string, unknown>): Promise<{ warnings: unknown[] }>;
    submit(): { data: Record<string, unknown>; errors: Record<string, string[]> };
    validate(): Record<string, string[]>;
    setProperty(name: string, value: unknown): void;
    on(event: string, fn: (e: unknown) => void): void;
    destroy(): void;
  }
  export class FormEditor {
    constructor(options?: { container?: Element });
    importSchema(schema: unknown): Promise<{ warnings: unknown[] }>;
    saveSchema(): Record<string, unknown>;
    on(event: string, fn: (e: unknown) => void): void;
    destroy(): void;
  }
}
declare module 'bpmn-js-element-templates' {
  export const CloudElementTemplatesPropertiesProviderModule: unknown;
}
declare module '@bpmn-io/element-template-chooser' {
  const module: unknown;
  export default module;
}
declare module 'bpmn-js-token-simulation' {
  const module: unknown;
  export default module;
}
declare module 'dmn-js/lib/Modeler' {
  /** One view of a DMN file: the DRD (dmn:Definitions), a decision table or a literal expression (dmn:Decision). */
  export interface DmnView {
    id: string;
    name?: string;
    type: 'drd' | 'decisionTable' | 'literalExpression' | 'boxedExpression';
    element: { id: string; name?: string; $type: string };
  }
  export interface DmnViewer {
    get<T = unknown>(name: string): T;
    on(event: string, callback: (e: any) => void): void;
  }
  export default class DmnModeler {
    constructor(options: Record<string, unknown>);
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>;
    getViews(): DmnView[];
    getActiveView(): DmnView | undefined;
    getActiveViewer(): DmnViewer | undefined;
    getDefinitions(): { id: string; name?: string } | undefined;
    open(view: DmnView): Promise<unknown>;
    on(event: string, callback: (e: any) => void): void;
    off(event: string, callback: (e: any) => void): void;
    destroy(): void;
  }
}
declare module 'dmn-moddle' {
  export class DmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: object; warnings: unknown[] }>;
    toXML(element: object, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
