/**
 * The index of the shipped models, made at build time from every
 * `assessments/*.json` (whatever the folder holds, validated like any
 * model: the build stops on an invalid one). Two virtual modules:
 *
 *   - `virtual:shipped-models`: per file its URL (emitted as a static
 *     asset, precached by the service worker), id, version, SHA-256 as
 *     published and size in bytes; small, for every page that opens a model;
 *   - `virtual:shipped-model-summaries`: per file its summary (titles and
 *     descriptions in every language, counts, languages), for lists.
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
  checkedCopy: { text: string; sha256: string };
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
      const text = JSON.stringify(checked.model);
      return {
        file,
        id: checked.model.id,
        version: checked.model.version,
        sha256: await publishedModelHash(published),
        bytes: bytes.length,
        summary: summarizeModel(checked.model),
        checkedCopy: { text, sha256: await bytesSha256(new TextEncoder().encode(text)) },
      };
    }),
  );
}

const FILES = 'virtual:shipped-models';
const SUMMARIES = 'virtual:shipped-model-summaries';

export function shippedModelsIndex(folder = 'assessments'): Plugin {
  const root = resolve(folder);
  // Once per build (both modules read it); the dev server re-reads a model file when it changes.
  let indexing: Promise<ShippedModelIndexEntry[]> | undefined;
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
    },
    watchChange() {
      indexing = undefined;
    },
    resolveId: {
      filter: { id: /^virtual:shipped-model/ },
      handler: (id) => (id === FILES || id === SUMMARIES ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:shipped-model/ },
      async handler(id) {
      if (id !== `\0${FILES}` && id !== `\0${SUMMARIES}`) return undefined;
      const entries = await (indexing ??= indexShippedModels(folder));
      for (const entry of entries) this.addWatchFile(join(root, entry.file));
      if (id === `\0${SUMMARIES}`) {
        return `export default ${JSON.stringify(entries.map(({ file, summary }) => ({ file, ...summary })))};`;
      }
      const imports = entries.map((entry, i) => `import u${i} from ${JSON.stringify(`${join(root, entry.file)}?url`)};`);
      const list = entries.map(({ summary: _, checkedCopy, ...entry }, i) => {
        if (!build) return `{ ...${JSON.stringify(entry)}, url: u${i} }`;
        const fileName = `assets/${checkedCopyName(entry.file, checkedCopy.sha256)}`;
        this.emitFile({ type: 'asset', fileName, source: checkedCopy.text });
        return `{ ...${JSON.stringify({ ...entry, checked: { url: `${base}${fileName}`, sha256: checkedCopy.sha256 } })}, url: u${i} }`;
      });
      return `${imports.join('\n')}\nexport default [${list.join(', ')}];`;
      },
    },
  };
}
