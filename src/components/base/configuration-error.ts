/**
 * An element is set up wrongly: a required attribute is missing or has an invalid value. The
 * message names the attribute and what is wrong, for the site owner reading the console.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError' as const;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** True for a {@link ConfigurationError}, also one from another copy of apptkit on the page. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof Error && error.name === 'ConfigurationError';
}
