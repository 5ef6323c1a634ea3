/**
 * The network benchmark a CIO loaded, kept in the `settings` store under
 * one key (no new store, so no migration): loading another replaces it.
 * The file is stored as read; it is validated again (`readBenchmark`)
 * whenever the page that shows it reads it, so a record changed on the
 * device is no more trusted than a file.
 */
import { announceChange, trackWrite } from './changes.ts';
import { openGovernanceDB } from './db.ts';

const BENCHMARK_KEY = 'benchmark';

export interface StoredBenchmark {
  /** The file's text, as loaded. */
  text: string;
  fileName: string;
  loadedAt: string;
}

export async function saveBenchmark(record: StoredBenchmark): Promise<void> {
  const db = await openGovernanceDB();
  await trackWrite(() => db.put('settings', { key: BENCHMARK_KEY, value: record }));
  announceChange({ type: 'assessments' });
}

export async function getBenchmark(): Promise<StoredBenchmark | undefined> {
  const db = await openGovernanceDB();
  const record = await db.get('settings', BENCHMARK_KEY);
  const value = record?.value as Partial<StoredBenchmark> | undefined;
  return value && typeof value.text === 'string' && typeof value.fileName === 'string' && typeof value.loadedAt === 'string'
    ? { text: value.text, fileName: value.fileName, loadedAt: value.loadedAt }
    : undefined;
}

export async function deleteBenchmark(): Promise<void> {
  const db = await openGovernanceDB();
  await trackWrite(() => db.delete('settings', BENCHMARK_KEY));
  announceChange({ type: 'assessments' });
}
