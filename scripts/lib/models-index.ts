/**
 * The index of the shipped models, made at build time from every
 * `assessments/*.json` (whatever the folder holds, validated like any
 * model: the build stops on an invalid one), and of the shared governance
 * profiles (`assessments/profiles/*.json`). Four virtual modules:
 *
 *   - `virtual:shipped-models`: per file its URL (emitted as a static
 *     asset, precached by the service worker), id, version, SHA-256 as
 *     published and size in bytes; small, for every page that opens a model;
 *   - `virtual:shipped-model-summaries`: per file its summary (titles and
 *     descriptions in every language, counts, languages), for lists;
 *   - `virtual:shipped-model-slices`: in a build, for the newest version of
 *     each model, the URL and SHA-256 of its slice in each language of the
 *     interface (src/model/slice.ts, emitted beside its checked copy), for
 *     the results;
 *   - `virtual:shipped-profiles`: per shared profile its URL and, in a
 *     build, its checked copy's URL and SHA-256.
 *
 * In a build, each model's checked copy is emitted beside it (the model as
 * `parseModel` returned it, see src/model/checked-copy.ts), and its URL and
 * the SHA-256 of its bytes join the model's entry as `checked`: pages read
 * that copy and, its bytes matching, skip validating on the main thread
 * what the build validated. The dev server has no copies: its pages
 * validate the published file, as for any model.
 *
 * A page fetches a model only when it uses it; home lists them from the index.
 */
import { problemText } from '../../src/i18n/problem-text.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { publishedModelHash } from '../../src/exchange/model-identity.ts';
import { summarizeModel, type ModelSummary } from '../../src/model/summary.ts';
import { parseModel } from '../../src/model/validate.ts';
import { bytesSha256, checkedCopyName } from '../../src/model/checked-copy.ts';
import { sliceModel } from '../../src/model/slice.ts';
import { compareVersions } from '../../src/model/version.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { parseProfileFile } from '../../src/model/profile-file.ts';

export interface ShippedModelFile {
  file: string;
  url: string;
  id: string;
  version: string;
  sha256: string;
  bytes: number;
}

export interface ShippedModelIndexEntry extends Omit<ShippedModelFile, 'url'> {
  summary: ModelSummary;
  /** The model as validated, as the checked copy's text, and the SHA-256 of its UTF-8 bytes. */
  checkedCopy: CheckedText;
  /** Per language of the interface, the checked copy's slice in it (src/model/slice.ts): text and SHA-256. */
  slices: Record<string, CheckedText>;
}

/** A file the build writes from validated data, and the SHA-256 of its UTF-8 bytes. */
export interface CheckedText {
  text: string;
  sha256: string;
}

async function checkedText(value: unknown): Promise<CheckedText> {
  const text = JSON.stringify(value);
  return { text, sha256: await bytesSha256(new TextEncoder().encode(text)) };
}

/** Every shipped model file of `folder`, validated, hashed and summarised, by file name. */
export async function indexShippedModels(folder = 'assessments'): Promise<ShippedModelIndexEntry[]> {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'glossary.json') // the glossary is for the models' authors, not a model
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const bytes = readFileSync(join(folder, file));
      const published: unknown = JSON.parse(bytes.toString('utf8'));
      const checked = parseModel(published);
      if (!checked.ok) throw new Error(`${folder}/${file}: ${checked.problems.map(problemText).join('; ')}`);
      const slices = await Promise.all(LANGUAGES.map(async ({ tag }) => [tag, await checkedText(sliceModel(checked.model, tag))] as const));
      return {
        file,
        id: checked.model.id,
        version: checked.model.version,
        sha256: await publishedModelHash(published),
        bytes: bytes.length,
        summary: summarizeModel(checked.model),
        checkedCopy: await checkedText(checked.model),
        slices: Object.fromEntries(slices),
      };
    }),
  );
}

/** A shared governance profile file (`assessments/profiles/*.json`), validated, and its checked copy. */
export interface SharedProfileIndexEntry {
  /** The file name without `.json`: the name models use for it (src/model/profiles.ts). */
  name: string;
  file: string;
  checkedCopy: CheckedText;
}

/** Every shared profile of `folder`, validated (the build stops on an invalid one), with its checked copy. */
export async function indexSharedProfiles(folder = 'assessments/profiles'): Promise<SharedProfileIndexEntry[]> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const checked = parseProfileFile(JSON.parse(readFileSync(join(folder, file), 'utf8')));
      if (!checked.ok) throw new Error(`${folder}/${file}: ${checked.problems.map(problemText).join('; ')}`);
      return { name: file.replace(/\.json$/, ''), file, checkedCopy: await checkedText(checked.profile) };
    }),
  );
}

const FILES = 'virtual:shipped-models';
const SUMMARIES = 'virtual:shipped-model-summaries';
const SLICES = 'virtual:shipped-model-slices';
const PROFILES = 'virtual:shipped-profiles';
const VIRTUAL = new Set([FILES, SUMMARIES, SLICES, PROFILES]);

export function shippedModelsIndex(folder = 'assessments'): Plugin {
  const root = resolve(folder);
  const profilesRoot = join(root, 'profiles');
  // Once per build (the modules read it); the dev server re-reads a model file when it changes.
  let indexing: Promise<ShippedModelIndexEntry[]> | undefined;
  let indexingProfiles: Promise<SharedProfileIndexEntry[]> | undefined;
  let build = false;
  let base = '/';
  return {
    name: 'shipped-models-index',
    configResolved(config) {
      build = config.command === 'build';
      base = config.base;
    },
    buildStart() {
      indexing = undefined;
      indexingProfiles = undefined;
    },
    watchChange() {
      indexing = undefined;
      indexingProfiles = undefined;
    },
    resolveId: {
      filter: { id: /^virtual:shipped-/ },
      handler: (id) => (VIRTUAL.has(id) ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:shipped-/ },
      async handler(id) {
        if (!VIRTUAL.has(id.slice(1))) return undefined;
        // A file the build writes beside the published ones: its URL and SHA-256, for the page to check.
        const emit = (fileName: string, checked: CheckedText) => {
          this.emitFile({ type: 'asset', fileName: `assets/${fileName}`, source: checked.text });
          return { url: `${base}assets/${fileName}`, sha256: checked.sha256 };
        };
        if (id === `\0${PROFILES}`) {
          const profiles = await (indexingProfiles ??= indexSharedProfiles(profilesRoot));
          for (const profile of profiles) this.addWatchFile(join(profilesRoot, profile.file));
          const imports = profiles.map((profile, i) => `import u${i} from ${JSON.stringify(`${join(profilesRoot, profile.file)}?url`)};`);
          const list = profiles.map(({ name, file, checkedCopy }, i) => {
            const checked = build ? { checked: emit(checkedCopyName(file, checkedCopy.sha256), checkedCopy) } : {};
            return `{ ...${JSON.stringify({ name, ...checked })}, url: u${i} }`;
          });
          return `${imports.join('\n')}\nexport default [${list.join(', ')}];`;
        }
        const entries = await (indexing ??= indexShippedModels(folder));
        for (const entry of entries) this.addWatchFile(join(root, entry.file));
        if (id === `\0${SUMMARIES}`) {
          return `export default ${JSON.stringify(entries.map(({ file, summary }) => ({ file, ...summary })))};`;
        }
        if (id === `\0${SLICES}`) {
          // Slices for the newest version of each model, the one new assessments start on (each slice's SHA-256 is
          // in the app); older versions are read whole. The dev server has none.
          const newest = (entry: ShippedModelIndexEntry) => !entries.some((other) => other.id === entry.id && compareVersions(other.version, entry.version) > 0);
          const table = Object.fromEntries(
            entries
              .filter((entry) => build && newest(entry))
              .map((entry) => [
                entry.file,
                Object.fromEntries(Object.entries(entry.slices).map(([language, slice]) => [language, emit(checkedCopyName(entry.file, slice.sha256, language), slice)])),
              ]),
          );
          return `export default ${JSON.stringify(table)};`;
        }
        const imports = entries.map((entry, i) => `import u${i} from ${JSON.stringify(`${join(root, entry.file)}?url`)};`);
        const list = entries.map(({ summary: _, checkedCopy, slices: __, ...entry }, i) => {
          if (!build) return `{ ...${JSON.stringify(entry)}, url: u${i} }`;
          return `{ ...${JSON.stringify({ ...entry, checked: emit(checkedCopyName(entry.file, checkedCopy.sha256), checkedCopy) })}, url: u${i} }`;
        });
        return `${imports.join('\n')}\nexport default [${list.join(', ')}];`;
      },
    },
  };
}
