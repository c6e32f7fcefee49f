/**
 * bpmn-js Modeler configured for Camunda 8: Zeebe moddle, cloud behaviours, properties panel, element templates of
 * the product's workers (palette entry and chooser), token simulation, linting overlays, Turkish labels.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import TokenSimulationModule from 'bpmn-js-token-simulation';
import CloudBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import modelerModdle from 'modeler-moddle/resources/modeler.json';
import LintingModule from '@camunda/linting/modeler';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import '@camunda/linting/assets/linting.css';
import { TranslateModule } from './translate-tr';
import { WorkerTemplatesModule } from './worker-templates';

export function createModeler(canvas: HTMLElement, panel: HTMLElement): Modeler {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      WorkerTemplatesModule,
      TokenSimulationModule,
      CloudBehaviorsModule,
      LintingModule,
      TranslateModule,
    ],
    moddleExtensions: { zeebe: zeebeModdle, modeler: modelerModdle },
  } as ConstructorParameters<typeof Modeler>[0]);
}

/** Loads the workers' templates (GET /api/element-templates) into the modeler. */
export function setTemplates(modeler: Modeler, templates: Array<Record<string, unknown>>, onErrors: (errors: Error[]) => void): void {
  modeler.on('elementTemplates.errors', (e: { errors: Error[] }) => onErrors(e.errors));
  modeler.get<{ setTemplates(t: unknown[]): void }>('elementTemplatesLoader').setTemplates(templates);
}

/** A blank Camunda 8.8 diagram; the execution platform attributes select the lint rules. */
export function blankDiagram(id = `Process_${Math.random().toString(36).slice(2, 9)}`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${id}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="yukk-flow" exporterVersion="1.0.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
  <bpmn:process id="${id}" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${id}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
