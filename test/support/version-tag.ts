/**
 * Tags every process of the resources with `zeebe:versionTag` (after the process's documentation, as the BPMN
 * schema orders them): a live deployment request must carry its tag in each diagram (analysts' workbench).
 */
export function withVersionTag<R extends { name: string; content: string }>(resources: R[], versionTag: string): R[] {
  return resources.map((r) => ({
    ...r,
    content: r.content.replace(/(<bpmn:process\b[^>]*>\s*(?:<bpmn:documentation>[\s\S]*?<\/bpmn:documentation>)?)/g, `$1<bpmn:extensionElements><zeebe:versionTag value="${versionTag}" /></bpmn:extensionElements>`),
  }));
}
