/** The app's version (package.json, or APP_VERSION at build time). */
declare const __APP_VERSION__: string;
