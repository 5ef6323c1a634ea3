import { describe, expect, it } from 'vitest';
import { indexShippedModels } from '../../scripts/lib/models-index.ts';
import { ModelLoadError, readShippedModel } from './models.ts';
import { readFileSync } from 'node:fs';
import { parseModel } from '../model/validate.ts';

/**
 * A shipped model's entry as a build lists it, served by a fake `fetch` over the files the build
 * would write (`files`, URL → text), recording what is asked.
 */
async function served(change: (files: Map<string, string>) => void = () => {}) {
  const [entry] = (await indexShippedModels()).filter((e) => e.file === 'ict-governance.json');
  const files = new Map<string, string>([
    ['/published.json', readFileSync('assessments/ict-governance.json', 'utf8')],
    ['/checked.json', entry!.checkedCopy.text],
    ...Object.entries(entry!.slices).map(([tag, slice]): [string, string] => [`/slice-${tag}.json`, slice.text]),
  ]);
  change(files);
  const asked: string[] = [];
  const get = (async (url: string) => {
    asked.push(url);
    const text = files.get(url);
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
      url: '/checked.json',
      sha256: entry!.checkedCopy.sha256,
      slices: Object.fromEntries(Object.entries(entry!.slices).map(([tag, slice]) => [tag, { url: `/slice-${tag}.json`, sha256: slice.sha256 }])),
    },
  };
  return { entry: entry!, shipped, get, asked };
}

describe('reading a shipped model', () => {
  it('reads only the slice of the language asked, when its bytes are the build’s', async () => {
    const { entry, shipped, get, asked } = await served();
    const read = await readShippedModel(shipped, 'fr', get);
    expect(asked).toEqual(['/slice-fr.json']);
    expect(read.model).toEqual(JSON.parse(entry.slices.fr!.text));
    expect(read.sha256).toBe(entry.sha256);
  });

  it('reads the whole checked copy when no language is asked', async () => {
    const { entry, shipped, get, asked } = await served();
    expect((await readShippedModel(shipped, undefined, get)).model).toEqual(JSON.parse(entry.checkedCopy.text));
    expect(asked).toEqual(['/checked.json']);
  });

  it('reads the checked copy when the slice is missing (offline, not kept), and the published file, validated, when neither is there', async () => {
    const missingSlice = await served((files) => files.delete('/slice-ar.json'));
    expect((await readShippedModel(missingSlice.shipped, 'ar', missingSlice.get)).model).toEqual(JSON.parse(missingSlice.entry.checkedCopy.text));
    expect(missingSlice.asked).toEqual(['/slice-ar.json', '/checked.json']);

    const onlyPublished = await served((files) => {
      files.delete('/slice-ar.json');
      files.delete('/checked.json');
    });
    const read = await readShippedModel(onlyPublished.shipped, 'ar', onlyPublished.get);
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
    const read = await readShippedModel(tampered.shipped, 'en', tampered.get);
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
    await expect(readShippedModel(broken.shipped, 'en', broken.get)).rejects.toBeInstanceOf(ModelLoadError);
  });
});
