/** The app's version (package.json, or APP_VERSION at build time). */
declare const __APP_VERSION__: string;

/** The shipped models (scripts/lib/models-index.ts): where each is and who it is, for the pages that open one. */
declare module 'virtual:shipped-models' {
  const files: ReadonlyArray<{
    file: string;
    url: string;
    id: string;
    version: string;
    sha256: string;
    bytes: number;
    /** In a build: the model's checked copy and the SHA-256 of its bytes (src/model/checked-copy.ts). */
    checked?: { url: string; sha256: string };
  }>;
  export default files;
}

/**
 * In a build, for the newest version of each shipped model (by file name): per language of the interface, where
 * its slice in that language is (src/model/slice.ts; beside its checked copy) and the SHA-256 of its bytes.
 */
declare module 'virtual:shipped-model-slices' {
  const slices: Readonly<Partial<Record<string, Readonly<Partial<Record<string, { url: string; sha256: string }>>>>>>;
  export default slices;
}

/** The shared governance profiles (scripts/lib/models-index.ts): their files, and in a build their checked copies. */
declare module 'virtual:shipped-profiles' {
  const profiles: ReadonlyArray<{ name: string; url: string; checked?: { url: string; sha256: string } }>;
  export default profiles;
}

/** The shipped models' summaries (scripts/lib/models-index.ts), for the lists that show them. */
declare module 'virtual:shipped-model-summaries' {
  const summaries: ReadonlyArray<import('./model/summary.ts').ModelSummary & { file: string }>;
  export default summaries;
}
