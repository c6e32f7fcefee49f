/**
 * dmn-js Modeler: the DRD, the decision table editor and the literal expression editor, each with the product's
 * Turkish labels (dmn-js creates one viewer per view and gives each only its own modules, so every view takes the
 * translate module).
 */
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import { DmnTranslateModule } from './translate-dmn-tr';

export function createDmnModeler(container: HTMLElement): DmnModeler {
  const translated = { additionalModules: [DmnTranslateModule] };
  return new DmnModeler({ container, drd: translated, decisionTable: translated, literalExpression: translated, boxedExpression: translated });
}

/**
 * A new DMN 1.3 file for Camunda 8.8: one decision table (hit policy UNIQUE) with one input, one output and one rule
 * whose annotation already asks for the article it applies.
 */
export function blankDmn(id = `Definitions_${Math.random().toString(36).slice(2, 9)}`): string {
  const decision = `Decision_${id.slice(-7)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="${id}" name="${id}" namespace="http://camunda.org/schema/1.0/dmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
  <decision id="${decision}" name="${decision}">
    <decisionTable id="DecisionTable_${decision}" hitPolicy="UNIQUE">
      <input id="Input_1" label="">
        <inputExpression id="InputExpression_1" typeRef="boolean"><text>facts.x</text></inputExpression>
      </input>
      <output id="Output_1" name="result" typeRef="string" />
      <rule id="Rule_1">
        <description>Md. </description>
        <inputEntry id="Rule_1_In_1"><text>true</text></inputEntry>
        <outputEntry id="Rule_1_Out"><text>"x"</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="DMNDiagram_${decision}">
      <dmndi:DMNShape id="DMNShape_${decision}" dmnElementRef="${decision}">
        <dc:Bounds height="80" width="180" x="160" y="100" />
      </dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`;
}
