// ESM-only packages (bpmn-io, feelin, lezer) are transpiled to CommonJS for jest; Node itself loads them natively.
const esmPackages = ['feelin', 'bpmn-moddle', 'dmn-moddle', 'moddle', 'moddle-xml', 'saxen', 'min-dash', 'lezer-feel', '@lezer', 'luxon', 'bpmn-auto-layout', 'tiny-svg', 'min-dom', 'temporal-polyfill', 'temporal-spec', 'temporal-utils'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/engine', '<rootDir>/src', '<rootDir>/law', '<rootDir>/workers', '<rootDir>/processes', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 60000,
};
