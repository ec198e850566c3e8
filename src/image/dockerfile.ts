// The Dockerfile `swcli runtime dockerize` (0.6.15) renders for a bundle, byte for byte: its
// template (docs/images.md: Dockerfile), the run image it picks from the manifest, and the pip
// settings it takes from SW_PYPI_* or the manifest. Pure: the caller reads the manifest and config.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileInside } from '../archive/inplace.js';
import type { Manifest } from '../bundle/manifest.js';
import { stripUserinfo } from '../plan/pip-options.js';
import { UserError } from '../util/errors.js';
import { tmpName } from '../util/tmp.js';

export const DEFAULT_IMAGE_REPO = 'docker-registry.starwhale.cn/star-whale';
const DEFAULT_RUN_IMAGE = `${DEFAULT_IMAGE_REPO}/base:0.3.4`;
export const RUNTIME_WORKDIR = '/opt/starwhale.user/runtime';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** A value as Jinja2 prints it (Python's str()). */
function py(v: unknown): string {
  if (v === undefined || v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/**
 * The image jobs run in: the manifest's custom run image, else the builtin one under the repo
 * SW_IMAGE_REPO, swcli's config `docker.builtin_image_repo` or the manifest names, else the
 * deprecated `base_image` for manifests older than the `docker` key.
 */
export function runImage(m: Manifest, env: NodeJS.ProcessEnv, configRepo = ''): string {
  if (!('docker' in m)) return typeof m.base_image === 'string' && m.base_image ? m.base_image : DEFAULT_RUN_IMAGE;
  const docker = obj(m.docker);
  if (docker.custom_run_image) return py(docker.custom_run_image);
  const builtin = obj(docker.builtin_run_image);
  const repo = env.SW_IMAGE_REPO || configRepo || py(builtin.repo ?? '') || DEFAULT_IMAGE_REPO;
  return `${repo}/${py(builtin.name)}:${py(builtin.tag)}`;
}

const joined = (v: unknown) => (Array.isArray(v) ? v.map(py).join(' ') : '');

/**
 * A value for an unquoted ENV/LABEL (or, with `quoted`, a "…" one): a space or quote in it would set
 * more variables or labels than swcli's template has, e.g. PATH or LD_PRELOAD in the image.
 */
function plain(v: string, what: string, quoted = false): string {
  // A line break is reported by renderDockerfile's own check, with its own message.
  // eslint-disable-next-line no-control-regex
  if (/[\0-\x1f\x7f]/.test(v)) return v;
  if ((quoted ? /["\\]/ : /[ "'\\]/).test(v)) throw new UserError(`refusing to render a Dockerfile: ${what} ${JSON.stringify(v.slice(0, 120))} holds a space, quote or backslash`, { hint: 'the bundle was crafted or is corrupt' });
  return v;
}

/** Index URLs go into the image config for anyone who pulls it: never their user:password@. */
const pipEnv = (v: string, what: string) => plain(stripUserinfo(v), what, true);

export interface DockerfileInput {
  manifest: Manifest;
  /** The runtime's name: its store name, or the manifest's for a file outside the store. */
  name: string;
  env: NodeJS.ProcessEnv;
  /** swcli's config `docker.builtin_image_repo`, if any. */
  configRepo?: string;
}

export function renderDockerfile({ manifest: m, name, env, configRepo }: DockerfileInput): string {
  const pip = obj(obj(m.configs).pip);
  const environment = obj(m.environment);
  const mode = plain(py(environment.mode), 'the environment mode');
  const version = py(m.version);
  const packed = Boolean(obj(m.dependencies).local_packaged_env);
  const activate =
    mode === 'venv' || packed
      ? [`RUN echo 'source \${SW_USER_RUNTIME_WORKDIR}/export/${mode}/bin/activate' >> /root/.bashrc`]
      : mode === 'conda'
        ? ['RUN /opt/miniconda3/bin/conda init bash', `RUN echo 'conda activate \${SW_USER_RUNTIME_WORKDIR}/export/${mode}' >> /root/.bashrc`]
        : [];
  const lines = [
    `ARG BASE_IMAGE=${plain(runImage(m, env, configRepo), "the run image")}`,
    'FROM ${BASE_IMAGE}',
    '',
    'ARG TARGETARCH',
    '',
    `WORKDIR ${RUNTIME_WORKDIR}`,
    '',
    'LABEL starwhale_runtime_dockerize=1',
    `LABEL starwhale_runtime_name=${name}`,
    `LABEL starwhale_runtime_version=${plain(version, 'the version')}`,
    '',
    `ENV SW_USER_RUNTIME_WORKDIR=${RUNTIME_WORKDIR}`,
    `COPY . ${RUNTIME_WORKDIR}`,
    '',
    `ENV SW_PYPI_INDEX_URL "${pipEnv(env.SW_PYPI_INDEX_URL || py(pip.index_url ?? ''), 'the index URL')}"`,
    `ENV SW_PYPI_EXTRA_INDEX_URL "${pipEnv(env.SW_PYPI_EXTRA_INDEX_URL || joined(pip.extra_index_url), 'the extra index URLs')}"`,
    `ENV SW_PYPI_TRUSTED_HOST "${pipEnv(env.SW_PYPI_TRUSTED_HOST || joined(pip.trusted_host), 'the trusted hosts')}"`,
    'ENV SW_PIP_CACHE_DIR=/root/.cache/pip',
    `ENV SW_RUNTIME_PYTHON_VERSION=${plain(py(environment.python), 'environment.python')}`,
    `ENV SW_VERSION=${plain(py(obj(environment.lock).starwhale_version), 'environment.lock.starwhale_version')}`,
    'RUN /opt/starwhale.bin/base-entrypoint set_environment || true',
    '',
    `RUN swcli -vvv runtime restore ${RUNTIME_WORKDIR} \\`,
    `    && $(bash ${RUNTIME_WORKDIR}/activate.sw)`,
    '',
    `ENV SW_USER_RUNTIME_NAME=${name}`,
    `ENV SW_USER_RUNTIME_VERSION=${plain(version, 'the version')}`,
    'ENV SW_USER_RUNTIME_RESTORED=1',
    'ENV SW_USER_RUNTIME_FROM_DOCKERIZE=1',
    '',
  ];
  const text = `${lines.join('\n')}\n${activate.length ? `\n${activate.join('\n')}\n` : ''}`;
  // A manifest value with a line break would add instructions of its own to the Dockerfile.
  // eslint-disable-next-line no-control-regex
  const bad = [...lines, ...activate].find((l) => /[\0-\x1f\x7f]/.test(l));
  if (bad !== undefined) throw new UserError(`refusing to render a Dockerfile: a manifest value holds a control character (in: ${JSON.stringify(bad.slice(0, 120))})`, { hint: 'the bundle was crafted or is corrupt' });
  return text;
}

/** swcli's .dockerignore next to the Dockerfile's build context. */
export const DOCKERIGNORE = ['export/venv', 'export/conda', '.git'].join('\n');

/** The tag swcli adds: configs.docker.image without its tag, at the runtime's version. */
export function configImageTag(m: Manifest): string | undefined {
  const image = obj(obj(m.configs).docker).image;
  return typeof image === 'string' && image ? `${image.split(':', 1)[0]}:${py(m.version)}` : undefined;
}

/** The Dockerfile written to `output` (whole or not at all), else into the workdir's export/docker/ with the .dockerignore beside the context. */
export function writeDockerfile(workdir: string, text: string, output?: string): string {
  if (!output) {
    const dockerfile = writeFileInside(workdir, 'export/docker/Dockerfile', text);
    writeFileInside(workdir, '.dockerignore', DOCKERIGNORE);
    return dockerfile;
  }
  const dockerfile = resolve(output);
  const tmp = tmpName(dockerfile);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, dockerfile);
  } finally {
    rmSync(tmp, { force: true });
  }
  return dockerfile;
}
