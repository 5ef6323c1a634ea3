import { describe, expect, it } from 'vitest';
import { indexShippedModels } from '../../scripts/lib/models-index.ts';
import { ModelLoadError, readShippedModel } from './models.ts';
import { readFileSync } from 'node:fs';
import { parseModel } from '../model/validate.ts';
import { checkedCopyName } from '../model/checked-copy.ts';

/**
 * A shipped model's entry as a build lists it, served by a fake `fetch` over the files the build
 * would write (`files`, by short name → text; `change` removes or alters them), recording what is asked.
 */
async function served(change: (files: Map<string, string>) => void = () => {}) {
  const [entry] = (await indexShippedModels()).filter((e) => e.file === 'ict-governance.json');
  const files = new Map<string, string>([
    ['/published.json', readFileSync('assessments/ict-governance.json', 'utf8')],
    ['/checked.json', entry!.checkedCopy.text],
    ...Object.entries(entry!.slices).map(([tag, slice]): [string, string] => [`/slice-${tag}.json`, slice.text]),
  ]);
  change(files);
  // Where the build puts each file, by the short names the tests use.
  const at = new Map<string, string>([
    [`/assets/${checkedCopyName(entry!.file, entry!.checkedCopy.sha256)}`, '/checked.json'],
    ...Object.entries(entry!.slices).map(([tag, slice]): [string, string] => [`/assets/${checkedCopyName(entry!.file, slice.sha256, tag)}`, `/slice-${tag}.json`]),
  ]);
  const asked: string[] = [];
  const get = (async (url: string) => {
    const name = at.get(url) ?? url;
    asked.push(name);
    const text = files.get(name);
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  }) as typeof fetch;
  const shipped = {
    file: entry!.file,
    url: '/published.json',
    id: entry!.id,
    version: entry!.version,
    sha256: entry!.sha256,
    bytes: entry!.bytes,
    checked: {
      url: `/assets/${checkedCopyName(entry!.file, entry!.checkedCopy.sha256)}`,
      sha256: entry!.checkedCopy.sha256,
    },
  };
  // The slice in a language, as the build lists it (src/ui/model-slices.ts).
  const slice = (language: string) => {
    const sha256 = entry!.slices[language]!.sha256;
    return { language, sha256, url: `/assets/${checkedCopyName(entry!.file, sha256, language)}` };
  };
  return { entry: entry!, shipped, get, asked, slice };
}

describe('reading a shipped model', () => {
  it('reads only the slice asked, when its bytes are the build’s', async () => {
    const { entry, shipped, get, asked, slice } = await served();
    const read = await readShippedModel(shipped, slice('fr'), get);
    expect(asked).toEqual(['/slice-fr.json']);
    expect(read.model).toEqual(JSON.parse(entry.slices.fr!.text));
    expect(read.sha256).toBe(entry.sha256);
  });

  it('reads the whole checked copy when no slice is asked', async () => {
    const { entry, shipped, get, asked } = await served();
    expect((await readShippedModel(shipped, undefined, get)).model).toEqual(JSON.parse(entry.checkedCopy.text));
    expect(asked).toEqual(['/checked.json']);
  });

  it('reads the checked copy when the slice is missing (offline, not kept), and the published file, validated, when neither is there', async () => {
    const missingSlice = await served((files) => files.delete('/slice-ar.json'));
    expect((await readShippedModel(missingSlice.shipped, missingSlice.slice('ar'), missingSlice.get)).model).toEqual(JSON.parse(missingSlice.entry.checkedCopy.text));
    expect(missingSlice.asked).toEqual(['/slice-ar.json', '/checked.json']);

    const onlyPublished = await served((files) => {
      files.delete('/slice-ar.json');
      files.delete('/checked.json');
    });
    const read = await readShippedModel(onlyPublished.shipped, onlyPublished.slice('ar'), onlyPublished.get);
    expect(onlyPublished.asked).toEqual(['/slice-ar.json', '/checked.json', '/published.json']);
    const validated = parseModel(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')));
    expect(validated.ok && read.model).toEqual(validated.ok && validated.model);
  });

  it('never trusts a tampered slice: the published file is read and validated whole', async () => {
    const honest = 'What the model asks';
    const tampered = await served((files) => {
      for (const url of ['/slice-en.json', '/checked.json']) {
        // Still JSON, still the same shape: only the SHA-256 tells.
        const text = files.get(url)!;
        const changed = text.replace(/"en":"[^"]+"/, `"en":"${honest}"`);
        expect(changed).not.toBe(text);
        files.set(url, changed);
      }
    });
    const read = await readShippedModel(tampered.shipped, tampered.slice('en'), tampered.get);
    expect(tampered.asked).toEqual(['/slice-en.json', '/checked.json', '/published.json']);
    expect(JSON.stringify(read.model)).not.toContain(honest);
    expect(read.published).toBeDefined();
  });

  it('refuses a published file that does not validate, naming the file', async () => {
    const broken = await served((files) => {
      files.delete('/slice-en.json');
      files.delete('/checked.json');
      files.set('/published.json', '{"format":"ict-governance-maturity-model"}');
    });
    await expect(readShippedModel(broken.shipped, broken.slice('en'), broken.get)).rejects.toBeInstanceOf(ModelLoadError);
  });
});
