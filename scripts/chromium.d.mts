/** Path of the Chromium binary the tests and scripts launch. */
export declare const chromiumExecutable: string;
/** Command-line flags every launch of that Chromium uses. */
export declare const chromiumArgs: readonly string[];
