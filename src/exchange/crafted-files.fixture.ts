/**
 * Crafted result files, made from one valid file: each the way an
 * adversary (or a careless tool) breaks one, with what must become of it.
 * Files that must be refused say what the refusal must name; files that
 * must be read safely (hostile text in valid fields, a byte-order mark)
 * say so. Used by the import's unit tests, the CLI's test and the Compare
 * page's browser test, so all three face the same corpus.
 */
import { hashOf } from './canonical.ts';

export interface CraftedFile {
  name: string;
  /** The file's bytes (or its text, written as UTF-8). */
  content: string | Uint8Array;
  /** A refusal whose English reason matches, or a file read safely. */
  expected: { refused: RegExp; code?: string } | { accepted: true };
}

/** Text meant to act on a terminal or a spreadsheet: escape sequences, line breaks, bidi overrides, a formula. */
export const HOSTILE_NAME = 'Evil\u001b[2J\u001b[31mOrg\r\nrejected  other.json: forged\u202Egnp.exe\u2066 x\u0007';
export const FORMULA_NAME = ' ＝HYPERLINK("http://example.invalid","click")';

type Json = Record<string, any>;

/** The file with a new assessment id (so files read safely do not count as duplicates) and its hashes computed again, as a careful forger would. */
async function rehashed(file: Json, id: string): Promise<string> {
  const { integrity, ...content } = structuredClone(file) as Json;
  content.assessment.id = id;
  // The model's SHA-256 too, over the embedded model as it now stands (see model-identity.ts).
  if (content.model?.definition !== undefined) content.model.sha256 = await hashOf(content.model.definition);
  return JSON.stringify({ ...content, integrity: { ...integrity, hash: await hashOf(content) } });
}

/** The first element's first question of the embedded model, and the model, to change. */
function embedded(file: Json): Json {
  if (!file.model.definition) throw new Error('the crafted corpus starts from a file that embeds its model');
  return file.model.definition;
}

/**
 * The corpus, made from the text of a valid result file that embeds its
 * model. Its names are unique and end in .json.
 */
export async function craftedFiles(validText: string): Promise<CraftedFile[]> {
  const base = (): Json => JSON.parse(validText);
  const refused = (refusedReason: RegExp, code?: string) => ({ expected: { refused: refusedReason, ...(code ? { code } : {}) } });
  const files: CraftedFile[] = [];

  // Ids that every object already has: once they crashed scoring (framework, question) or gave NaN (an unanswered question).
  for (const [name, change] of [
    ['framework-constructor', (m: Json) => void (m.frameworks[0].id = 'constructor')],
    ['question-constructor', (m: Json) => void (m.domains[0].elements[0].questions[0].id = 'constructor')],
    ['element-has-own-property', (m: Json) => void (m.domains[0].elements[0].id = 'hasOwnProperty')],
    ['domain-to-string', (m: Json) => void (m.domains[0].id = 'toString')],
  ] as const) {
    const file = base();
    change(embedded(file));
    files.push({ name: `${name}.json`, content: await rehashed(file, `crafted-${name}`), ...refused(/\$\.model\.definition/) });
  }
  {
    // An answer to a question named "constructor", beside an embedded model that has none.
    const file = base();
    file.answers.push({ questionId: 'constructor', value: 3, comment: '', answeredAt: file.answers[0]?.answeredAt ?? file.exportedAt });
    files.push({ name: 'answer-constructor.json', content: await rehashed(file, 'crafted-answer-constructor'), ...refused(/\$\.answers/) });
  }
  {
    const file = base();
    file.targets = { constructor: 3 };
    files.push({ name: 'target-constructor.json', content: await rehashed(file, 'crafted-target-constructor'), ...refused(/\$\.targets/) });
  }

  // Numbers JSON.parse reads as Infinity: in the model (once canonicalization threw), in a score, alone.
  {
    const text = await rehashed(base(), 'crafted-weight');
    const weighted = text.replace(/"weight":\s*[0-9.]+/, '"weight":1e400');
    if (weighted === text) throw new Error('the valid file has no weight to change');
    files.push({ name: 'weight-infinite.json', content: weighted, ...refused(/too large to be read as a number/, 'json.not-finite') });
  }
  files.push({
    name: 'score-infinite.json',
    content: (await rehashed(base(), 'crafted-score')).replace(/"coverage":\s*[0-9.]+/, '"coverage":-1e999'),
    ...refused(/\$\.scores.*too large to be read as a number/, 'json.not-finite'),
  });
  files.push({ name: 'root-infinite.json', content: '1e400', ...refused(/too large to be read as a number/, 'json.not-finite') });

  // The same key twice: JSON.parse keeps the second, another reader may show the first.
  {
    const text = await rehashed(base(), 'crafted-duplicate');
    files.push({
      name: 'duplicate-key.json',
      content: text.replace('"organization":{', '"organization":{"name":"Someone trusted",'),
      ...refused(/\$\.organization\.name: The key “name” appears twice/, 'json.duplicate-key'),
    });
    files.push({
      name: 'duplicate-key-in-model.json',
      content: text.replace('"definition":{', '"definition":{"id":"other",'),
      ...refused(/\$\.model\.definition\.id: The key “id” appears twice/, 'json.duplicate-key'),
    });
    files.push({
      name: 'duplicate-escaped-key.json',
      content: text.replace('"assessment":{', '"assessment":{"\\u0069d":"forged",'),
      ...refused(/\$\.assessment\.id: The key “id” appears twice/, 'json.duplicate-key'),
    });
  }

  // Half a character: JSON.stringify writes a lone surrogate as an escape, which JSON.parse reads back.
  {
    const file = base();
    file.organization.name = 'Lone \uD800 surrogate';
    file.assessment.id = 'crafted-lone-surrogate';
    files.push({ name: 'lone-surrogate.json', content: JSON.stringify(file), ...refused(/\$\.organization\.name: .*lone surrogate/, 'json.lone-surrogate') });
    const key = base();
    key.targets = { 'x\uDC00': 1 };
    files.push({ name: 'lone-surrogate-key.json', content: JSON.stringify(key), ...refused(/\$\.targets: .*lone surrogate/, 'json.lone-surrogate') });
  }

  // Sizes in bytes: under five million UTF-16 units, over five megabytes of UTF-8.
  {
    const file = base();
    file.answers[0].comment = '信'.repeat(1_800_000);
    files.push({ name: 'large-in-bytes.json', content: JSON.stringify(file), ...refused(/at most 5 MB/, 'json.too-large') });
  }

  // Bytes that are not UTF-8, and UTF-16 with its byte-order mark.
  files.push({ name: 'latin-1.json', content: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), ...refused(/not UTF-8/, 'json.not-utf8') });
  files.push({ name: 'utf-16.json', content: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), ...refused(/not UTF-8/, 'json.not-utf8') });
  files.push({ name: 'empty.json', content: '', ...refused(/not valid JSON: it ends too early/, 'json.truncated') });
  files.push({ name: 'not-an-object.json', content: '["a result file?"]', ...refused(/^expected (an )?object\.?$/i, 'schema.invalid_type') });

  // Read safely: a byte-order mark (editors write one), hostile text in every name and comment.
  files.push({ name: 'byte-order-mark.json', content: `\uFEFF${await rehashed(base(), 'crafted-bom')}`, expected: { accepted: true } });
  {
    const file = base();
    file.organization = { ...file.organization, name: HOSTILE_NAME, unit: 'Unit\u001b]0;title\u0007\u2028two', country: 'Region\u202E', type: '=cmd|calc' };
    file.assessment.period = '2026\u001b[1A';
    for (const answer of file.answers) answer.comment = `${HOSTILE_NAME}\n${FORMULA_NAME}`;
    files.push({ name: 'hostile-text.json', content: await rehashed(file, 'crafted-hostile'), expected: { accepted: true } });
  }
  {
    const file = base();
    file.organization = { ...file.organization, name: FORMULA_NAME, unit: '' };
    files.push({ name: 'formula-name.json', content: await rehashed(file, 'crafted-formula'), expected: { accepted: true } });
  }
  return files;
}

/** The bytes of a crafted file, as written to disk. */
export function bytesOf(file: CraftedFile): Uint8Array {
  return typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
}
