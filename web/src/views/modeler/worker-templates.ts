/**
 * The product's workers in the palette: one entry ("YUKK çalışanları") opens a menu of the workers' element
 * templates (served by /api/element-templates, generated from the workers' definitions); the chosen one is
 * created as a service task with the template applied, its settings editable in the properties panel.
 */
import { getLang } from '../../i18n';

interface Template {
  id: string;
  name: string;
  description?: string;
}
interface ElementTemplates {
  getAll(): Template[];
  createElement(template: Template): unknown;
}
interface PopupMenu {
  registerProvider(id: string, provider: unknown): void;
  open(target: unknown, id: string, position: { x: number; y: number; cursor?: { x: number; y: number } }, options?: Record<string, unknown>): void;
}

export const MENU_ID = 'yukk-workers';

class WorkerTemplatesPalette {
  static $inject = ['palette', 'popupMenu', 'elementTemplates', 'create'];

  constructor(palette: { registerProvider(p: unknown): void }, private readonly popupMenu: PopupMenu, private readonly templates: ElementTemplates, private readonly create: { start(event: unknown, shape: unknown): void }) {
    palette.registerProvider(this);
    popupMenu.registerProvider(MENU_ID, this);
  }

  getPaletteEntries() {
    const title = getLang() === 'tr' ? 'YUKK çalışanları (şablonlar)' : 'YUKK workers (templates)';
    return {
      'yukk-workers': {
        group: 'activity',
        className: 'bpmn-icon-service-task yukk-worker-entry',
        title,
        action: {
          click: (event: MouseEvent) => this.popupMenu.open({ id: MENU_ID }, MENU_ID, { x: event.clientX, y: event.clientY, cursor: { x: event.clientX, y: event.clientY } }, { title, search: true, width: 340 }),
        },
      },
    };
  }

  getPopupMenuEntries() {
    const entries: Record<string, unknown> = {};
    for (const template of this.templates.getAll()) {
      entries[`yukk-template-${template.id}`] = {
        label: template.name,
        description: template.description,
        className: 'bpmn-icon-service-task',
        action: (event: MouseEvent) => this.create.start(event, this.templates.createElement(template)),
      };
    }
    return entries;
  }
}

export const WorkerTemplatesModule = {
  __init__: ['workerTemplatesPalette'],
  workerTemplatesPalette: ['type', WorkerTemplatesPalette],
};
