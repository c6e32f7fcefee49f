// Lints BPMN files with bpmnlint + bpmnlint-plugin-camunda-compat (camunda-cloud-8-8), parsed with
// bpmn-moddle + zeebe-bpmn-moddle. @camunda/linting does not import in Node (bundler-style ESM), and
// the plugin's rules import ESM-only bpmn-io helpers, so this runs in plain Node, not inside jest.
// Usage: node processes/tools/lint.mjs [--json] file.bpmn...   (exit code 1 when any error is found)
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const { Linter } = require('bpmnlint');

/** Just the attributes Camunda Modeler writes on bpmn:Definitions. */
const modeler = {
  name: 'Camunda Modeler',
  prefix: 'modeler',
  uri: 'http://camunda.org/schema/modeler/1.0',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Definitions',
      isAbstract: true,
      extends: ['bpmn:Definitions'],
      properties: [
        { name: 'executionPlatform', isAttr: true, type: 'String' },
        { name: 'executionPlatformVersion', isAttr: true, type: 'String' },
      ],
    },
  ],
};

const PLUGIN = 'bpmnlint-plugin-camunda-compat';
const isPlugin = (pkg) => pkg === PLUGIN || pkg === 'camunda-compat' || pkg === 'bpmnlint-plugin-camunda-compat';

// Maps "plugin:camunda-compat/..." and rule names to the installed packages.
const resolver = {
  resolveRule(pkg, ruleName) {
    if (pkg === 'bpmnlint') return require(`bpmnlint/rules/${ruleName}`);
    if (isPlugin(pkg)) return require(posix.join(PLUGIN, require(PLUGIN).rules[ruleName]));
    throw new Error(`cannot resolve rule ${pkg}/${ruleName}`);
  },
  resolveConfig(pkg, configName) {
    if (isPlugin(pkg)) return require(PLUGIN).configs[configName];
    if (pkg === 'bpmnlint') return require(`bpmnlint/config/${configName}`);
    throw new Error(`cannot resolve config ${pkg}/${configName}`);
  },
};

export async function lintXml(xml) {
  const moddle = new BpmnModdle({ zeebe, modeler });
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const linter = new Linter({ config: { extends: 'plugin:camunda-compat/camunda-cloud-8-8' }, resolver });
  const reports = await linter.lint(rootElement);
  const issues = Object.entries(reports).flatMap(([rule, list]) =>
    list.map((r) => ({ rule, id: r.id, message: r.message, category: r.category })),
  );
  return { issues, warnings: warnings.map((w) => w.message) };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const results = {};
  let errors = 0;
  for (const file of files) {
    const result = await lintXml(await readFile(file, 'utf8'));
    results[file] = result;
    errors += result.issues.filter((i) => i.category === 'error').length + result.warnings.length;
  }
  if (json) {
    process.stdout.write(JSON.stringify(results));
  } else {
    for (const [file, { issues, warnings }] of Object.entries(results)) {
      for (const w of warnings) console.log(`${file}: parse warning: ${w}`);
      for (const i of issues) console.log(`${file}: ${i.category} ${i.rule} ${i.id ?? ''} ${i.message}`);
    }
    console.log(`${errors} error(s)`);
  }
  process.exitCode = errors > 0 ? 1 : 0;
}
