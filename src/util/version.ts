// This tool's version: what `swrt --version` prints and what a bundle's manifest records as
// build.swrt_version. A repository test keeps it equal to package.json's.
export const SWRT_VERSION = '0.1.0';
