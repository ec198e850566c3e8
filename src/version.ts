// The swrt version: `swrt --version` and build.swrt_version in every manifest. Kept equal to
// package.json's version by a test (a release tag must match both).
export const SWRT_VERSION = '0.1.0';
