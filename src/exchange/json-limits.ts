/**
 * Strict, tolerant reading of untrusted JSON files (result files, model
 * files): strict about what RFC 8259 leaves open and I-JSON (RFC 7493)
 * forbids — a key twice in one object, a lone surrogate, a number too large
 * to be one — and about what could reach an object's prototype; tolerant of
 * a byte-order mark, which editors write and JSON readers are expected to
 * skip. Sizes are counted in UTF-8 bytes, the size of the file on disk.
 * Its own module so that reading a model file does not load the
 * result-file pipeline.
 */
import type { Problem, ProblemParams } from '../model/problem.ts';
import { formatPath } from '../model/validate.ts';

/** Why a text is not JSON this app reads: a code, the JSON path it concerns, and what a message needs. */
export interface JsonProblem extends Problem<
  | 'json.too-large'
  | 'json.not-utf8'
  | 'json.syntax'
  | 'json.truncated'
  | 'json.not-json'
  | 'json.too-deep'
  | 'json.forbidden-key'
  | 'json.duplicate-key'
  | 'json.lone-surrogate'
  | 'json.not-finite'
> {
  path: string;
  params: ProblemParams;
}

/** The page words `problem` in the reader's language, the CLI in English (`problemText`). */
export type JsonCheck = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

const BOM = '\uFEFF';

function refuse(code: JsonProblem['code'], path: string, params: JsonProblem['params'] = {}): JsonCheck {
  return { ok: false, problem: { code, path, params } };
}

/** The line and column (from 1) of a position in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Why JSON.parse refused a text, without its words (the engine's English):
 * where, when the engine says where; cut short; or simply not JSON.
 */
function syntaxProblem(text: string, error: unknown): JsonCheck {
  const detail = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(detail);
  // Wrong where the text ends: it was cut short (or never finished).
  if ((at && Number(at[1]) >= text.trimEnd().length) || /end of JSON input/i.test(detail) || text.trim() === '') return refuse('json.truncated', '$');
  if (at) return refuse('json.syntax', '$', lineAndColumn(text, Number(at[1])));
  return refuse('json.not-json', '$');
}

/** UTF-8 length of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The refusal of a file of `bytes` bytes, before it is read, or null when its size is accepted. */
export function sizeProblem(bytes: number, maxBytes: number): JsonCheck | null {
  return bytes > maxBytes ? refuse('json.too-large', '$', { kilobytes: Math.round(bytes / 1024), megabytes: maxBytes / 1024 / 1024 }) : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true }); // and, by default, a leading BOM is skipped

/**
 * JSON.parse for untrusted files, the bytes of a file or its text: refuses
 * what is larger than `maxBytes` (in UTF-8 bytes), bytes that are not UTF-8,
 * JSON nested deeper than `maxDepth`, keys that could reach an object's
 * prototype, a key twice in one object, lone surrogates and numbers that
 * parse to Infinity; a leading byte-order mark is skipped.
 */
export function parseJsonWithin(input: string | Uint8Array, maxBytes: number, maxDepth: number): JsonCheck {
  let text: string;
  if (typeof input === 'string') {
    // Three bytes at most per UTF-16 unit: most texts need no counting.
    const tooLarge = input.length * 3 > maxBytes ? sizeProblem(utf8Length(input), maxBytes) : null;
    if (tooLarge) return tooLarge;
    text = input.startsWith(BOM) ? input.slice(1) : input;
  } else {
    const tooLarge = sizeProblem(input.byteLength, maxBytes);
    if (tooLarge) return tooLarge;
    try {
      text = utf8.decode(input);
    } catch {
      return refuse('json.not-utf8', '$');
    }
  }
  let value: unknown;
  try {
    // V8's JSON.parse is iterative: deep nesting cannot overflow the stack here, it is refused below.
    value = JSON.parse(text);
  } catch (error) {
    return syntaxProblem(text, error);
  }
  return shapeProblem(value, maxDepth, mayHoldLoneSurrogate(text)) ?? duplicateKeyProblem(text) ?? { ok: true, value };
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];
// With the u flag a well-formed pair is one code point above U+FFFF: only a lone half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Whether a string parsed from `text` can hold a lone surrogate: only when
 * the text itself is not well-formed or writes a surrogate as an escape.
 * Most files do neither, and their strings need not be looked at one by one.
 */
function mayHoldLoneSurrogate(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed?.() ?? !LONE_SURROGATE.test(text);
  return !wellFormed || SURROGATE_ESCAPE.test(text);
}

type PathNode = { parent: PathNode; key: string | number } | null;
const pathOf = (node: PathNode, last?: string | number): string => {
  const keys: (string | number)[] = last === undefined ? [] : [last];
  for (let at = node; at; at = at.parent) keys.unshift(at.key);
  return formatPath(keys);
};

/**
 * One pass over the parsed value, with a stack of its own (no recursion):
 * too deep a nesting, a key that code merging objects could mistake for
 * the prototype, a lone surrogate in a key or a text, a number that is not
 * finite (JSON.parse reads 1e400 as Infinity). JSON.parse itself makes
 * such keys plain own properties, so checking after parsing is as safe as
 * a reviver and several times faster.
 */
function shapeProblem(root: unknown, maxDepth: number, checkStrings: boolean): JsonCheck | null {
  const leaf = (item: unknown, node: PathNode, key?: string | number): JsonCheck | null => {
    if (typeof item === 'string') return checkStrings && LONE_SURROGATE.test(item) ? refuse('json.lone-surrogate', pathOf(node, key)) : null;
    if (typeof item === 'number') return Number.isFinite(item) ? null : refuse('json.not-finite', pathOf(node, key), { text: String(item) });
    return null;
  };
  const rootProblem = leaf(root, null);
  if (rootProblem) return rootProblem;
  const stack: [value: unknown, depth: number, path: PathNode][] = [[root, 0, null]];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth) return refuse('json.too-deep', pathOf(path), { maxDepth });
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push([item, depth + 1, { parent: path, key: i }]);
        else {
          const problem = leaf(item, path, i);
          if (problem) return problem;
        }
      }
      continue;
    }
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(value, key)) return refuse('json.forbidden-key', pathOf(path), { key });
    }
    for (const key in value) {
      if (checkStrings && LONE_SURROGATE.test(key)) return refuse('json.lone-surrogate', pathOf(path));
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1, { parent: path, key }]);
      else {
        const problem = leaf(item, path, key);
        if (problem) return problem;
      }
    }
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

// An object's keys so far: a short list (most objects have a few keys), a set beyond.
type Frame = { keys: string[] | Set<string> | null; key: string | number };
const LIST_MAX = 12;

/**
 * The first key that appears twice in one object, found in the text itself
 * (JSON.parse keeps the last occurrence silently, while another reader may
 * show the first): one scan over text already known to be valid JSON,
 * skipping the inside of strings with indexOf.
 */
function duplicateKeyProblem(text: string): JsonCheck | null {
  const frames: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === QUOTE) {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (expectKey) {
        const frame = frames[frames.length - 1]!;
        const raw = text.slice(i + 1, end);
        const key: string = raw.includes('\\') ? JSON.parse(text.slice(i, end + 1)) : raw;
        const keys = frame.keys!;
        if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) {
          return refuse('json.duplicate-key', formatPath([...frames.slice(0, -1).map((f) => f.key), key]), { key });
        }
        if (!Array.isArray(keys)) keys.add(key);
        else if (keys.length < LIST_MAX) keys.push(key);
        else frame.keys = new Set([...keys, key]);
        frame.key = key;
        expectKey = false;
      }
      i = end;
      continue;
    }
    switch (unit) {
      case 0x7b: // {
        frames.push({ keys: [], key: '' });
        expectKey = true;
        break;
      case 0x5b: // [
        frames.push({ keys: null, key: 0 });
        expectKey = false;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        frames.pop();
        expectKey = false;
        break;
      case 0x2c: {
        // ,
        const frame = frames[frames.length - 1]!;
        if (frame.keys) expectKey = true;
        else frame.key = (frame.key as number) + 1;
        break;
      }
    }
  }
  return null;
}
