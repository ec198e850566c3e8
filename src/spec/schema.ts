// The JSON Schema of runtime.yaml (Starwhale 0.6.15 format, legacy fields included). ajv uses it at
// run time for shapes and types; rules a schema cannot express live in rules.ts. The same object is
// written to schema/runtime.schema.json for editors (`npm run build` refreshes it, a test checks it).

const stringList = { type: 'array', items: { type: 'string' } } as const;
const stringOrList = { anyOf: [{ type: 'string' }, stringList] } as const;
const versionLike = { type: ['string', 'number'] } as const;
// Starwhale reads these with `x or {}` / `x or []`, so a key written with no value means "unset".
const mappingOrNull = ['object', 'null'] as const;

const nativeFile = {
  type: 'object',
  description: 'A file or directory copied into the bundle under files/ and restored to dest.',
  required: ['src', 'dest'],
  properties: {
    src: { type: 'string', minLength: 1, description: 'Path relative to the runtime.yaml directory.' },
    dest: { type: 'string', minLength: 1, description: 'Where it goes in the restored runtime.' },
    name: { type: 'string' },
  },
} as const;

const dependencyItem = {
  anyOf: [
    { type: 'string', description: 'A requirements file (.txt, .in) or a conda env file (.yaml, .yml).' },
    {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        pip: { ...stringList, description: 'pip requirement specifiers, installed in order.' },
        conda: { ...stringList, description: 'conda package specs (conda mode only).' },
        wheels: { type: 'array', items: { type: 'string', pattern: '\\.whl$' }, description: 'Local wheel files.' },
        files: { type: 'array', items: nativeFile },
        commands: { ...stringList, description: 'Shell commands, run with sh -c in the runtime.yaml directory.' },
      },
    },
  ],
} as const;

export const RUNTIME_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/runtime-action/schema/runtime.schema.json',
  title: 'Starwhale runtime.yaml',
  description: 'A Starwhale 0.6.15 runtime definition, as read by runtime-action and swcli.',
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Runtime name; stored lower-cased.' },
    mode: { enum: ['venv', 'conda'], default: 'venv' },
    api_version: { ...versionLike, description: 'Only "1.1" exists.' },
    configs: {
      type: mappingOrNull,
      properties: {
        docker: { type: mappingOrNull, properties: { image: { type: 'string' } } },
        conda: {
          type: mappingOrNull,
          properties: {
            channels: { ...stringOrList, description: 'Default [conda-forge].' },
            condarc: { type: 'object', description: 'Written into the bundle as configs/condarc.' },
          },
        },
        pip: {
          type: mappingOrNull,
          properties: {
            index_url: { type: 'string' },
            extra_index_url: stringOrList,
            trusted_host: stringOrList,
          },
        },
      },
    },
    environment: {
      type: mappingOrNull,
      properties: {
        arch: { anyOf: [{ enum: ['amd64', 'arm64', 'noarch'] }, { type: 'array', items: { enum: ['amd64', 'arm64', 'noarch'] } }] },
        os: { type: 'string', description: 'ubuntu:20.04 (Starwhale), ubuntu:22.04 or ubuntu:24.04.' },
        python: { ...versionLike, description: 'major.minor, 3.7 to 3.13. Quote it: 3.10 unquoted is the number 3.1.' },
        cuda: { ...versionLike, description: 'MAJOR.MINOR, 11.0 to 13.x. Quote it.' },
        cudnn: { ...versionLike, description: '8 or 9; needs cuda.' },
        docker: { type: 'object', properties: { image: { type: 'string' } } },
        starwhale_version: versionLike,
      },
    },
    dependencies: { type: ['array', 'null'], items: dependencyItem },
    hooks: { type: mappingOrNull, description: 'Accepted and ignored, as Starwhale does.' },
    python_version: { ...versionLike, description: 'Legacy: becomes environment.python.' },
    pip_req: { type: 'string', description: 'Legacy: appended to dependencies.' },
    starwhale_version: { ...versionLike, description: 'Legacy: ignored by Starwhale; use environment.starwhale_version.' },
    base_image: { type: 'string', description: 'Legacy: ignored by Starwhale; use environment.docker.image.' },
  },
} as const;
