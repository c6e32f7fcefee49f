// form-js-viewer's field components, used by our own form fields (views/tasks/date-field.ts).
declare module '@bpmn-io/form-js' {
  export const Datetime: { (props: unknown): unknown; config: Record<string, unknown> };
  export const Label: (props: unknown) => unknown;
  export const Description: (props: unknown) => unknown;
  export const Errors: (props: unknown) => unknown;
}
