/**
 * The Word report's own messages, in English: the reference every other
 * language's report catalog has the keys and placeholders of. Apart from
 * the interface's catalogs (src/i18n) so that they load with the report,
 * never on a first visit.
 */
import type { Message } from '../../i18n/en.ts';

export const reportEn = {
  'report.title': 'ICT governance self-assessment report',
  'report.organization': 'Organization: {name}',
  'report.unit': 'Unit: {unit}',
  'report.produced': 'Report produced: {date}',
  'report.status': 'Status: {status}',
  'report.status.in-progress': 'In progress',
  'report.status.final': 'Final',
  'report.state.draft': 'Draft',
  'report.state.in-review': 'In review',
  'report.state.approved': 'Approved',
  'report.state.reopened': 'Reopened',
  'report.column.figure': 'Figure',
  'report.column.value': 'Value',
  'report.profile': 'How ICT is governed here',
  'report.column.item': 'Item',
  'report.column.answer': 'Answer',
  'report.column.question': 'Question',
  'report.column.comment': 'Comment',
  'report.column.evidence': 'Evidence',
  'report.chart.elements': 'Key elements of {domain}: level against target',
  'report.evidence': '{title} — {reference}',
  'report.evidence.date': 'applies to {date}',
  'report.evidence.custodian': 'custodian: {custodian}',
  'report.evidence.verified': 'verified',
  'report.evidence.unverified': 'not verified',
  'report.review': 'Review and sign-off',
  'report.review.none': 'No review has been recorded for this assessment.',
  'report.review.state': 'State',
  'report.review.by': 'By',
  'report.review.role': 'Role',
  'report.review.at': 'Date',
  'report.review.note': 'Note',
  'report.panel': 'Panel of respondents',
  'report.panel.name': 'Name',
} satisfies Record<string, Message>;

export type ReportMessageKey = keyof typeof reportEn;
export type ReportCatalog = Readonly<Record<ReportMessageKey, Message>>;
