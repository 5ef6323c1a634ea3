// Finding (and on Debian, installing) the Chromium the browser tests drive.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a quiet, headless Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH when set, else the first Chrome or Chromium found; undefined when none. */
export function findChromium() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find(executable);
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && executable('/usr/bin/apt-get');
}

/**
 * A Chromium to test with: found, or installed from Debian's packages when
 * this is a Debian machine and we are root. Throws with one line saying
 * what to install otherwise.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable Chrome or Chromium.`);
  }
  if (!canInstallWithApt()) {
    throw new Error(
      "No Chrome or Chromium found: install Debian's chromium (sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.",
    );
  }
  console.log('Chromium not found: installing Debian\'s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error("apt-get installed chromium but no executable was found at /usr/bin/chromium.");
  return installed;
}
