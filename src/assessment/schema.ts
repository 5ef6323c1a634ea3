/**
 * An assessment (one organization, one model, one period) and its answers,
 * as kept on this device. The zod schemas are the single source of the
 * types used by storage, scoring and the screens.
 */
import * as z from 'zod/mini';
import { IdSchema, LevelSchema } from '../model/schema.ts';

/** A level 0–5, or `"na"` where the question allows "not applicable". */
export const AnswerValueSchema = z.union([LevelSchema, z.literal('na')]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const COMMENT_MAX_LENGTH = 5000;

/**
 * The reason given for "not applicable": the answer's own reason where a
 * file keeps one apart; else, when a panel's lead set "not applicable" as
 * the consensus, the rationale they gave (it is the reason); else its
 * comment. "Not applicable" counts only with one (see scoring's `answerLookup`).
 */
export function notApplicableReason(answer: { comment?: string; reason?: string; consensus?: { rationale: string } | undefined }): string {
  const rationale = answer.consensus?.rationale.trim();
  return (answer.reason ?? (rationale || answer.comment) ?? '').trim();
}

/**
 * A reference to what shows an answer is true: a document, a decision, a
 * link. References, not uploads: sensitive documents stay in the
 * organization's own systems.
 */
/** Text as a person types it: trimmed, at most `max` characters, at least `min`. */
const Line = (max: number, min = 0) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const EvidenceSchema = z.strictObject({
  title: Line(200, 1),
  /** A link or a document reference (a registry number, a file path). */
  reference: Line(2000),
  /** The date the evidence applies to, `YYYY-MM-DD`. */
  date: z.optional(z.iso.date()),
  /** Who keeps the document. */
  custodian: z.optional(Line(200)),
  /** Whether someone other than the respondent looked at it and found it says what the answer says. */
  verified: z.boolean(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** At most this many references per answer. */
export const EVIDENCE_MAX_ITEMS = 50;

/** Why the lead of a panel set the consensus level they set (required when respondents were two or more levels apart), and when. */
export const ConsensusSchema = z.strictObject({
  rationale: z.string().check(z.trim(), z.maxLength(COMMENT_MAX_LENGTH)),
  at: z.iso.datetime(),
});
export type Consensus = z.infer<typeof ConsensusSchema>;

export const AnswerSchema = z.strictObject({
  assessmentId: z.string().check(z.minLength(1)),
  questionId: IdSchema,
  /** `null` while the person has written a comment but chosen no level yet. */
  value: z.nullable(AnswerValueSchema),
  comment: z._default(z.string().check(z.maxLength(COMMENT_MAX_LENGTH)), ''),
  answeredAt: z.iso.datetime(),
  /** The evidence register's references for this answer; absent where none was given. */
  evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(EVIDENCE_MAX_ITEMS))),
  /** Set by the lead of a panel when they set this answer's level as the consensus of the respondents: why, and when. */
  consensus: z.optional(ConsensusSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const OrganizationSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'the organization needs a name'), z.maxLength(200)),
  unit: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const AssessmentStatusSchema = z.enum(['in-progress', 'final']);

/** Where an assessment stands in its review: approved means locked, answers and all. */
export const ReviewStateSchema = z.enum(['draft', 'in-review', 'approved', 'reopened']);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ReviewEntrySchema = z.strictObject({
  state: ReviewStateSchema,
  by: Line(200, 1),
  role: Line(200),
  at: z.iso.datetime(),
  note: Line(2000),
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

export const ReviewSchema = z.strictObject({
  state: ReviewStateSchema,
  /** Every move, oldest first: who, in what role, when, and why. */
  history: z.array(ReviewEntrySchema),
});
export type Review = z.infer<typeof ReviewSchema>;

export const ActionStatusSchema = z.enum(['not-started', 'in-progress', 'done']);

/** What the organization will do about one key element: the action plan's row. */
export const ACTION_TEXT_MAX_LENGTH = 2000;

export const ActionSchema = z.strictObject({
  /** What will be done, in the organization's words; absent in records saved before the plan had it. */
  action: z.optional(z.string().check(z.trim(), z.maxLength(ACTION_TEXT_MAX_LENGTH))),
  owner: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  /** A calendar date, `YYYY-MM-DD`, or empty. */
  due: z._default(z.union([z.literal(''), z.iso.date()]), ''),
  status: z._default(ActionStatusSchema, 'not-started'),
});
export type Action = z.infer<typeof ActionSchema>;

/**
 * The value of one governance profile item (`ProfileItem` in the model): a
 * choice's option id; several option ids; a number (integer, year,
 * percentage); an amount with its ISO 4217 currency; or text.
 */
export const PROFILE_TEXT_MAX_LENGTH = 2000;
export const ProfileValueSchema = z.union([
  z.string().check(z.maxLength(PROFILE_TEXT_MAX_LENGTH)),
  // zod refuses NaN and the infinities as numbers.
  z.number(),
  z.array(IdSchema).check(z.maxLength(100)),
  z.strictObject({ amount: z.number(), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
]);
export type ProfileValue = z.infer<typeof ProfileValueSchema>;

/** The side of the organization a panel respondent speaks for. */
export const PANEL_ROLES = ['ict', 'business', 'finance', 'oversight', 'field', 'other'] as const;
export const PanelRoleSchema = z.enum(PANEL_ROLES);
export type PanelRole = z.infer<typeof PanelRoleSchema>;

/** One respondent of a panel, as the lead named them. */
export const PanelRespondentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: Line(200, 1),
  role: PanelRoleSchema,
});
export type PanelRespondent = z.infer<typeof PanelRespondentSchema>;

/** The lead of a panel, as they name themselves once on the panel page: what every package says of who asks. */
export const PanelLeadSchema = z.strictObject({ name: Line(200, 1), role: Line(200) });
export type PanelLead = z.infer<typeof PanelLeadSchema>;

/** The lead's panel: who is asked, and who asks (absent until the lead names themselves). */
export const PanelSchema = z.strictObject({ respondents: z.array(PanelRespondentSchema).check(z.maxLength(200)), lead: z.optional(PanelLeadSchema) });
export type Panel = z.infer<typeof PanelSchema>;

/** Set on a respondent's own assessment, made from a contribution package: whose panel, who answers, which domains. */
export const ContributionSourceSchema = z.strictObject({
  packageId: z.string().check(z.minLength(1), z.maxLength(100)),
  respondent: PanelRespondentSchema,
  /** The domains asked (all the model's when the lead asked all): the questionnaire shows only these. */
  domains: z.array(IdSchema).check(z.minLength(1)),
  /** Who asks: a name (the organization's in a version 1 package), with the lead's role and organization from a version 2 package. */
  lead: z.strictObject({
    name: Line(200),
    role: z.optional(Line(200)),
    organization: z.optional(Line(400)),
    fingerprint: z.optional(z.string().check(z.maxLength(200))),
  }),
  leadAssessmentId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type ContributionSource = z.infer<typeof ContributionSourceSchema>;

export const AssessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  model: z.strictObject({ id: IdSchema, version: z.string().check(z.minLength(1)) }),
  organization: OrganizationSchema,
  period: z.string().check(z.trim(), z.minLength(1, 'say which period the assessment covers'), z.maxLength(50)),
  status: z._default(AssessmentStatusSchema, 'in-progress'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The element the person was on, so the questionnaire reopens there. */
  lastElementId: z.optional(IdSchema),
  /** Element id → target level, where the person changed the model's default. */
  targets: z._default(z.record(IdSchema, LevelSchema), {}),
  /** Element id → the action planned for it. */
  actions: z._default(z.record(IdSchema, ActionSchema), {}),
  /** Domain ids this unit is not concerned by (a country office without its own ERP): left out of the organization's roll-up for them. */
  notApplicableDomains: z.optional(z.array(IdSchema)),
  /** Its review and sign-off; absent in records made before review existed (read by `reviewOf`). */
  review: z.optional(ReviewSchema),
  /** The governance profile as given: profile item id → value (facts, never scored); absent until the first is given. */
  profile: z.optional(z.record(IdSchema, ProfileValueSchema)),
  /** Set when the assessment was moved to a newer version of its model: the answers to look at again. */
  migrated: z.optional(
    z.strictObject({ from: z.string(), at: z.iso.datetime(), review: z.array(IdSchema) }),
  ),
  /**
   * Set when the assessment started from a quick check: which one, when, and
   * the questions whose pre-filled answers are "to confirm" (until answered
   * or confirmed after `at`).
   */
  prefilled: z.optional(
    z.strictObject({
      from: z.strictObject({ assessmentId: z.string().check(z.minLength(1)), model: z.strictObject({ id: IdSchema, version: z.string().check(z.minLength(1)) }) }),
      at: z.iso.datetime(),
      toConfirm: z.array(IdSchema),
    }),
  ),
  /** The lead's panel of respondents, when the assessment gathers several (issue 14). */
  panel: z.optional(PanelSchema),
  /** Set on a respondent's own assessment made from a contribution package. */
  contribution: z.optional(ContributionSourceSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** What a person fills in to start an assessment. */
export const NewAssessmentSchema = z.strictObject({
  modelId: IdSchema,
  modelVersion: z.string().check(z.minLength(1)),
  organization: OrganizationSchema,
  period: AssessmentSchema.shape.period,
});
export type NewAssessment = z.input<typeof NewAssessmentSchema>;
