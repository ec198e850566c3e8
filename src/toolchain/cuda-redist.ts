// NVIDIA redist knowledge: which CUDA and cuDNN labels exist (data/cuda-redist.ts, with the
// manifest sha256 pins XLA vendors), how "12.4" resolves to a label, the component presets, and
// the parsing of redistrib_<label>.json (metadata strings vs component objects, variant maps).
import { UserError } from '../util/errors.js';
import type { Machine } from './context.js';
import { CUDA_REDIST } from './data/cuda-redist.js';
import { cmpVersions } from './python-builds.js';

interface RedistTable {
  firstUsable: string;
  cuda: Record<string, string | null>;
  cudnn: Record<string, string | null>;
}

function table(): RedistTable {
  return CUDA_REDIST;
}

/** linux-sbsa, not linux-aarch64 (Jetson only), is the arm64 server platform, for CUDA and cuDNN. */
export function redistPlatform(m: Machine): string {
  return m === 'aarch64' ? 'linux-sbsa' : 'linux-x86_64';
}

export const knownCudaLabels = (): string[] => Object.keys(table().cuda).sort(cmpVersions);
export const knownCudnnLabels = (): string[] => Object.keys(table().cudnn).sort(cmpVersions);

/** The pinned sha256 of a manifest, when we know one. */
export function manifestPin(product: 'cuda' | 'cudnn', label: string): string | undefined {
  return table()[product][label] ?? undefined;
}

function usable(label: string): boolean {
  return cmpVersions(label, table().firstUsable) >= 0;
}

function nearestSupported(want: string): string[] {
  const major = want.split('.')[0];
  const ok = knownCudaLabels().filter(usable);
  const sameMajor = ok.filter((l) => l.split('.')[0] === major);
  return (sameMajor.length ? sameMajor : ok).slice(0, 4);
}

function newest(labels: string[], want: string): string | undefined {
  return labels.filter((l) => l === want || l.startsWith(`${want}.`)).sort(cmpVersions).pop();
}

/**
 * "12.4" -> the newest known 12.4.x label; "12.4.1" -> itself (an exact label we do not know yet is
 * tried as given). Labels whose manifests have no nvcc/cudart (11.0–11.4.1) are refused.
 */
export function resolveCudaLabel(want: string): string {
  if (!/^\d+(\.\d+){0,2}$/.test(want)) throw new UserError(`CUDA version "${want}" is not a version`, { hint: 'use a form like 12.4 or 12.4.1' });
  const exact = want.split('.').length === 3;
  const label = newest(knownCudaLabels(), want) ?? (exact ? want : undefined);
  if (!label) {
    throw new UserError(`CUDA ${want} has no NVIDIA redist release we know of`, { hint: `known: ${knownCudaLabels().filter(usable).join(', ')}; or give an exact label (X.Y.Z)` });
  }
  if (!usable(label)) {
    throw new UserError(`CUDA ${label} cannot be installed from NVIDIA's redist archives: its manifest has no nvcc/cudart (they start at ${table().firstUsable})`, {
      hint: `use one of the nearest supported versions: ${nearestSupported(want).join(', ')}`,
    });
  }
  return label;
}

/** "9" -> newest 9.x label; "9.8" -> 9.8.x; exact labels pass through. */
export function resolveCudnnLabel(want: string): string {
  if (!/^\d+(\.\d+){0,3}$/.test(want)) throw new UserError(`cuDNN version "${want}" is not a version`, { hint: 'use a form like 9, 9.8 or 9.8.0' });
  const label = newest(knownCudnnLabels(), want) ?? (want.split('.').length >= 3 ? want : undefined);
  if (!label) throw new UserError(`cuDNN ${want} has no NVIDIA redist release we know of`, { hint: `known: ${knownCudnnLabels().join(', ')}` });
  return label;
}

export interface RedistFile {
  relative_path: string;
  sha256: string;
  size?: string | number;
}

export interface RedistComponent {
  name?: string;
  version?: string;
  cuda_variant?: string[];
  [platform: string]: RedistFile | Record<string, RedistFile> | string | string[] | undefined;
}

export type RedistManifest = Record<string, RedistComponent | string>;

export function parseManifest(text: string, where: string): RedistManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${where} is not valid JSON: ${(e as Error).message}`, { hint: 'the mirror serves something else; check cuda-mirror' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UserError(`${where} is not a redist manifest (expected a JSON object)`);
  return data as RedistManifest;
}

/** Components of a manifest: every object-valued key (string keys are release metadata). */
export function components(m: RedistManifest): Record<string, RedistComponent> {
  return Object.fromEntries(Object.entries(m).filter((e): e is [string, RedistComponent] => typeof e[1] === 'object' && e[1] !== null));
}

export const PRESETS = ['minimal', 'torch-extension'] as const;

/** The component names of a preset (or an explicit comma list) for a label; sorted, no duplicates. */
export function componentSet(spec: string, label: string): string[] {
  const major = Number(label.split('.')[0]);
  const s = spec.trim() || 'minimal';
  let names: string[];
  if (s === 'minimal' || s === 'torch-extension') {
    names = ['cuda_nvcc', 'cuda_cudart', 'cuda_cccl'];
    if (major >= 13) names.push('cuda_crt', 'libnvvm');
    if (s === 'torch-extension') {
      names.push('cuda_nvrtc', 'cuda_nvtx', 'cuda_profiler_api', 'libcublas', 'libcusparse', 'libcusolver', 'libcurand', 'libcufft');
      if (major >= 12) names.push('libnvjitlink'); // nvJitLink ships from 12.0
    }
  } else {
    names = s.split(',').map((n) => n.trim()).filter(Boolean);
    const bad = names.filter((n) => !/^[a-z0-9_]+$/.test(n));
    if (bad.length) throw new UserError(`cuda-components: "${bad.join('", "')}" is not a component name`, { hint: `use ${PRESETS.join(' or ')}, or a comma list such as cuda_nvcc,cuda_cudart` });
  }
  return [...new Set(names)].sort();
}

/** The archive of one component for a platform (and a variant such as cuda12, for cuDNN). */
export function componentFile(m: RedistManifest, name: string, platform: string, label: string, variant?: string): RedistFile & { version?: string } {
  const comp = components(m)[name];
  if (!comp) {
    throw new UserError(`component ${name} is not in redist release ${label}`, { hint: `available: ${Object.keys(components(m)).sort().join(', ')}` });
  }
  const entry = comp[platform];
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    const platforms = Object.keys(comp).filter((k) => typeof comp[k] === 'object' && !Array.isArray(comp[k]));
    throw new UserError(`component ${name} of release ${label} has no ${platform} archive`, { hint: `it exists for: ${platforms.join(', ') || 'no platform'}` });
  }
  if (typeof (entry as RedistFile).relative_path === 'string') return { ...(entry as RedistFile), version: comp.version };
  const variants = entry as Record<string, RedistFile>;
  if (!variant || !variants[variant]) {
    throw new UserError(`${name} ${label} has no ${variant ?? 'plain'} build for ${platform}`, { hint: `builds: ${Object.keys(variants).join(', ')}; pick a release that has ${variant}` });
  }
  return { ...variants[variant]!, version: comp.version };
}
