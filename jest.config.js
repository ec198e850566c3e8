/** Jest in ESM mode: the @actions/* packages are ESM-only. ts-jest transpiles (isolatedModules); `tsc` typechecks. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.fixture-cache/'],
  modulePathIgnorePatterns: ['<rootDir>/__tests__/.fixture-cache/'],
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  // The default summary, then every skipped suite with its reason (__tests__/helpers/skip.ts).
  reporters: ['default', '<rootDir>/scripts/jest-skip-reporter.mjs'],
  testTimeout: 120000,
  maxWorkers: 2,
};
