/** Semantic versions of models (semver.org), compared without a dependency. */

interface SemanticVersion {
  core: [number, number, number];
  prerelease: string[];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function parseVersion(version: string): SemanticVersion | null {
  const match = SEMVER.exec(version);
  if (!match) return null;
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  // A release ranks above its pre-releases: 1.0.0-rc.1 < 1.0.0.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric) {
      if (Number(x) !== Number(y)) return Number(x) - Number(y);
    } else if (xNumeric !== yNumeric) return xNumeric ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Orders semantic versions (`1.2.0` < `1.10.0`, `2.0.0-rc.1` < `2.0.0`) as
 * semver.org §11 does: negative when `a` is older, 0 when equal, positive
 * when newer. A string that is not a semantic version ranks below every
 * version and is compared as text with others like it.
 */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) {
    if (x || y) return x ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  for (let i = 0; i < 3; i += 1) {
    if (x.core[i] !== y.core[i]) return x.core[i]! - y.core[i]!;
  }
  return comparePrerelease(x.prerelease, y.prerelease);
}

/** Whether `version` is a semantic version such as 1.2.0 or 2.0.0-rc.1. */
export function isVersion(version: string): boolean {
  return parseVersion(version) !== null;
}
