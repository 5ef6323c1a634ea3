/**
 * The contribution package: what the lead of a panel sends one respondent.
 * The assessment it contributes to, the model (id, version and the SHA-256
 * of its published JSON), who the respondent is, the domains they are
 * asked, and the lead (their name and role, the organization they ask
 * for, and their device key's fingerprint when there is one, so the
 * respondent can tell who asks). Not sealed: it
 * holds no answers; what comes back is checked against the lead's own
 * assessment (contribution-file.ts).
 */
import * as z from 'zod/mini';
import { IdSchema } from '../model/schema.ts';
import { PanelRespondentSchema, type PanelRespondent } from '../assessment/schema.ts';
import { parseJsonWithin } from '../exchange/json-limits.ts';
import type { ModelCatalogue } from '../exchange/model-identity.ts';
import { invalidProblem, type PanelProblem } from './problems.ts';

export const PACKAGE_FORMAT = 'ict-governance-contribution-package';
/**
 * The version createPackage writes. Version 2 names the lead as a person
 * (`lead.role`, `lead.organization`); version 1 named the organization as
 * the lead (`lead.name`), and is read forever.
 */
export const PACKAGE_FORMAT_VERSION = 2;
const PACKAGE_VERSIONS: readonly unknown[] = [1, 2];
/** A package is small: names and ids. */
export const PACKAGE_MAX_BYTES = 256 * 1024;
const PACKAGE_MAX_DEPTH = 8;

const Text = (max: number, min = 0) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
export const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'));
export const ModelReferenceSchema = z.strictObject({ id: IdSchema, version: Text(50, 1), sha256: Sha256Schema });
export type ModelReference = z.infer<typeof ModelReferenceSchema>;

export const ContributionPackageSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal([1, 2]),
  packageId: z.uuid(),
  createdAt: z.iso.datetime(),
  assessment: z.strictObject({
    id: Text(100, 1),
    organization: z.strictObject({ name: Text(200, 1), unit: Text(200) }),
    period: Text(50, 1),
  }),
  model: ModelReferenceSchema,
  respondent: PanelRespondentSchema,
  domains: z.array(IdSchema).check(z.minLength(1), z.maxLength(100)),
  lead: z.strictObject({
    /** The lead's own name (v2); in version 1, the organization's. */
    name: Text(200),
    /** The lead's role, as they give it (v2; may be empty). */
    role: z.optional(Text(200)),
    /** The organization they ask for, as named on their panel page (v2). */
    organization: z.optional(Text(400)),
    fingerprint: z.optional(z.string().check(z.maxLength(200))),
  }),
});
export type ContributionPackage = z.infer<typeof ContributionPackageSchema>;

export interface PackageInput {
  assessment: { id: string; organization: { name: string; unit: string }; period: string };
  model: ModelReference;
  respondent: PanelRespondent;
  /** The domains asked; all the model's when the lead asked all. */
  domains: readonly string[];
  /** The lead: their own name and role, the organization they ask for (its name with its unit). */
  lead: { name: string; role?: string; organization?: string; fingerprint?: string };
  packageId?: string;
  createdAt?: string;
}

/** The package for one respondent (validated, so a package this app writes is one it reads). */
export function createPackage(input: PackageInput): ContributionPackage {
  return ContributionPackageSchema.parse({
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: input.packageId ?? crypto.randomUUID(),
    createdAt: input.createdAt ?? new Date().toISOString(),
    assessment: { id: input.assessment.id, organization: { name: input.assessment.organization.name, unit: input.assessment.organization.unit }, period: input.assessment.period },
    model: { id: input.model.id, version: input.model.version, sha256: input.model.sha256 },
    respondent: { ...input.respondent },
    domains: [...new Set(input.domains)],
    lead: {
      name: input.lead.name,
      ...(input.lead.role ? { role: input.lead.role } : {}),
      ...(input.lead.organization ? { organization: input.lead.organization } : {}),
      ...(input.lead.fingerprint ? { fingerprint: input.lead.fingerprint } : {}),
    },
  });
}

export type PackageCheck = { ok: true; package: ContributionPackage } | { ok: false; problems: PanelProblem[] };

/**
 * Reads an untrusted package: the text (or bytes) within limits as strict
 * JSON, or an already parsed value; its format and schema; a model this
 * device has, with the very same SHA-256; domains of that model.
 */
export function checkPackage(json: unknown, knownModels: ModelCatalogue): PackageCheck {
  let value = json;
  if (typeof json === 'string' || json instanceof Uint8Array) {
    const read = parseJsonWithin(json, PACKAGE_MAX_BYTES, PACKAGE_MAX_DEPTH);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    value = read.value;
  }
  const record = value as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || record.format !== PACKAGE_FORMAT) {
    return { ok: false, problems: [{ code: 'package.not-package', path: '$.format', params: {} }] };
  }
  if (!PACKAGE_VERSIONS.includes(record.formatVersion)) {
    return { ok: false, problems: [{ code: 'package.version', path: '$.formatVersion', params: { version: String(record.formatVersion) } }] };
  }
  const parsed = ContributionPackageSchema.safeParse(record);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => invalidProblem('package', issue)) };
  const found = parsed.data;
  const known = knownModels(found.model.id, found.model.version);
  const params = { model: found.model.id, version: found.model.version };
  if (!known) return { ok: false, problems: [{ code: 'package.unknown-model', path: '$.model', params }] };
  if (known.sha256 !== found.model.sha256) return { ok: false, problems: [{ code: 'package.other-model', path: '$.model.sha256', params }] };
  const domainIds = new Set(known.model.domains.map((d) => d.id));
  const problems: PanelProblem[] = found.domains.flatMap((domain, i) =>
    domainIds.has(domain) ? [] : [{ code: 'package.unknown-domain' as const, path: `$.domains[${i}]`, params: { domain } }],
  );
  return problems.length ? { ok: false, problems } : { ok: true, package: found };
}
