/** The engines the tests run in. */
export declare const ENGINES: readonly ['chromium', 'firefox', 'webkit'];
export declare const firefoxExecutable: string;
export declare const miniBrowserExecutable: string;
export declare const webkitDriverExecutable: string;
/** The engines to test in: APPTKIT_BROWSERS, else all three. */
export declare function selectedEngines(): ('chromium' | 'firefox' | 'webkit')[];
/** WebDriver capabilities of MiniBrowser under WebKitWebDriver. */
export declare const webkitCapabilities: Record<string, unknown>;
/** Xvfb (when DISPLAY is unset) and WebKitWebDriver on a free port; `env` adds to their environment. */
export declare function startWebKitDriver(options?: { env?: Record<string, string> }): Promise<{ port: number; display: string; stop(): void }>;
/** Makes Firefox ESR's "unknown command emulation.setScreenOrientationOverride" on `page.setViewport` harmless. */
export declare function tolerateOrientationOverride<P extends { setViewport(viewport: never): Promise<unknown> }>(page: P): P;
