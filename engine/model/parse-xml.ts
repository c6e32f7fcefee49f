import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { invalidArgument } from '../errors';
import { safeXmlMessage } from './xml-messages';

/** Modeler attributes (executionPlatform…) so they are not reported as unknown. */
const modelerSchema = {
  name: 'Modeler',
  prefix: 'modeler',
  uri: 'http://camunda.org/schema/modeler/1.0',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'ExecutionPlatform',
      isAbstract: true,
      extends: ['bpmn:Definitions'],
      properties: [
        { name: 'executionPlatform', isAttr: true, type: 'String' },
        { name: 'executionPlatformVersion', isAttr: true, type: 'String' },
      ],
    },
  ],
};

const moddle = new BpmnModdle({ zeebe: zeebeSchema, modeler: modelerSchema });

/** Refuses DTDs outright: entities are never expanded (no XXE, no billion laughs). */
function refuseDoctype(xml: string, resourceName: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw invalidArgument(`'${resourceName}': XML with a DOCTYPE or ENTITY declaration is not accepted`);
  }
}

export async function parseBpmnXml(xml: string, resourceName: string): Promise<any> {
  refuseDoctype(xml, resourceName);
  let result: { rootElement: any; warnings: Array<{ message: string }> };
  try {
    result = (await moddle.fromXML(xml, 'bpmn:Definitions')) as any;
  } catch (err) {
    throw invalidArgument(`'${resourceName}' is not valid BPMN XML: ${safeXmlMessage((err as Error).message)}`);
  }
  const unknown = result.warnings.filter((w) => /unparsable content|unknown type|unresolved reference|unknown attribute/i.test(w.message));
  const fatal = unknown.filter((w) => !/unknown attribute/i.test(w.message));
  if (fatal.length > 0) {
    throw invalidArgument(`'${resourceName}': ${fatal.slice(0, 5).map((w) => safeXmlMessage(w.message)).join('; ')}`);
  }
  return result.rootElement;
}
