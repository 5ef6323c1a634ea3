/**
 * The benchmark file: what a coordinator sends back to each organization.
 * Anonymised medians and quartiles per domain and key element by peer
 * group (the whole set, and each kind of organization and decision-rights
 * arrangement with at least three organizations), the model's identity and
 * the set's date, and an integrity hash: SHA-256 over the RFC 8785 form of
 * the file without its `integrity` member, as result files have, so a file
 * changed after export is refused.
 *
 * Reading is strict (`parseJsonWithin`: no duplicate keys, bounded size and
 * depth) and every refusal is a code with its path, worded by the page
 * (`benchmark.problem.<code>`) or in English by `describeBenchmarkProblem`.
 */
import * as z from 'zod/mini';
import { IdSchema } from '../model/schema.ts';
import { formatPath } from '../model/validate.ts';
import { canonicalJson, sha256Hex } from './canonical.ts';
import { parseJsonWithin, type JsonProblem } from './json-limits.ts';
import { schemaProblemOf, type SchemaProblem } from '../model/schema-issues.ts';

export const BENCHMARK_FORMAT = 'ict-governance-benchmark';
export const BENCHMARK_FORMAT_VERSION = 1;
/** A benchmark is small: a few groups × domains × elements. */
export const BENCHMARK_MAX_BYTES = 1024 * 1024;
const BENCHMARK_MAX_DEPTH = 12;
/** No group of fewer is ever written, nor read. */
export const BENCHMARK_MIN_GROUP = 3;

const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'));
const Figure = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/** Figures of one column (overall, a domain, a key element) in one group. */
export const BenchmarkColumnSchema = z.strictObject({
  id: IdSchema,
  organizations: z.number().check(z.int(), z.gte(BENCHMARK_MIN_GROUP)),
  median: z.number().check(z.gte(0), z.lte(100)),
  q1: Figure,
  q3: Figure,
});
export type BenchmarkColumn = z.infer<typeof BenchmarkColumnSchema>;

export const BenchmarkGroupSchema = z.strictObject({
  /** `all`, or the profile item the group is a value of. */
  item: z.union([z.literal('all'), IdSchema]),
  /** The value (option id or band); null for `all`. */
  value: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  organizations: z.number().check(z.int(), z.gte(BENCHMARK_MIN_GROUP)),
  overall: z.nullable(BenchmarkColumnSchema),
  domains: z.array(z.extend(BenchmarkColumnSchema, { elements: z.array(BenchmarkColumnSchema).check(z.maxLength(200)) })).check(z.maxLength(100)),
});
export type BenchmarkGroup = z.infer<typeof BenchmarkGroupSchema>;

export const BenchmarkFileSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** The comparison set summarised: the date of its figures, its periods, how many organizations. */
  set: z.strictObject({
    date: z.iso.date(),
    periods: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.maxLength(100)),
    organizations: z.number().check(z.int(), z.gte(BENCHMARK_MIN_GROUP)),
  }),
  model: z.strictObject({
    id: IdSchema,
    version: z.string().check(z.minLength(1), z.maxLength(50)),
    sha256: Sha256Schema,
    /** Every version summarised together (they ask the same questions). */
    versions: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.minLength(1), z.maxLength(50)),
  }),
  groups: z.array(BenchmarkGroupSchema).check(z.minLength(1), z.maxLength(500)),
  integrity: z.strictObject({ algorithm: z.literal('SHA-256'), canonicalization: z.literal('RFC 8785'), hash: Sha256Schema }),
});
export type BenchmarkFile = z.infer<typeof BenchmarkFileSchema>;
export type BenchmarkContent = Omit<BenchmarkFile, 'integrity'>;

export type BenchmarkProblem =
  | JsonProblem
  | { code: 'benchmark.not-benchmark'; path: string; params: Record<string, never> }
  | { code: 'benchmark.version'; path: string; params: { version: string } }
  | (SchemaProblem & { path: string })
  | { code: 'benchmark.tampered'; path: string; params: Record<string, never> };

export type BenchmarkCheck = { ok: true; benchmark: BenchmarkFile } | { ok: false; problem: BenchmarkProblem };

function integrityOf(content: BenchmarkContent): Promise<string> {
  return sha256Hex(canonicalJson(content));
}

/** The file, sealed with its integrity hash. */
export async function sealBenchmark(content: BenchmarkContent): Promise<BenchmarkFile> {
  return { ...content, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: await integrityOf(content) } };
}

/** Reads a benchmark file: JSON within limits, the format, the schema, the integrity hash; nothing else is trusted. */
export async function readBenchmark(input: string | Uint8Array): Promise<BenchmarkCheck> {
  const json = parseJsonWithin(input, BENCHMARK_MAX_BYTES, BENCHMARK_MAX_DEPTH);
  if (!json.ok) return { ok: false, problem: json.problem };
  const value = json.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value.format !== BENCHMARK_FORMAT) {
    return { ok: false, problem: { code: 'benchmark.not-benchmark', path: '$.format', params: {} } };
  }
  if (value.formatVersion !== BENCHMARK_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'benchmark.version', path: '$.formatVersion', params: { version: String(value.formatVersion) } } };
  }
  const parsed = BenchmarkFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { ...schemaProblemOf(issue), path: formatPath(issue.path) } };
  }
  const { integrity, ...content } = parsed.data;
  if ((await integrityOf(content)) !== integrity.hash) return { ok: false, problem: { code: 'benchmark.tampered', path: '$.integrity.hash', params: {} } };
  return { ok: true, benchmark: parsed.data };
}
