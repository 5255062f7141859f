import { HttpProblem } from './problem.js';

/** The strong ETag of a version (a package's, an availability's): `"<version>"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** What an `If-Match` header accepts: any current version (`*`) or a list of versions. */
export type IfMatch = { any: true } | { any: false; versions: number[] };

/**
 * Parses `If-Match`; throws 428 `precondition_required` when it is missing. Weak tags (`W/"3"`)
 * are accepted like strong ones; tags that are not versions match nothing.
 */
export function requireIfMatch(header: string | undefined): IfMatch {
  const value = header?.trim() ?? '';
  if (value === '') {
    throw new HttpProblem(
      428,
      'precondition_required',
      'Send If-Match: "<version>" with the version you last read, so that concurrent edits are not lost.',
    );
  }
  if (value === '*') return { any: true };
  const versions: number[] = [];
  for (const tag of value.split(',')) {
    const match = /^(?:W\/)?"(\d{1,15})"$/.exec(tag.trim());
    if (match?.[1]) versions.push(Number(match[1]));
  }
  return { any: false, versions };
}

/**
 * Throws 412 `version_conflict` (with `currentVersion`) unless `ifMatch` accepts `current`;
 * `what` names the resource in the message.
 */
export function checkVersion(ifMatch: IfMatch, current: number, what = 'The package'): void {
  if (ifMatch.any || ifMatch.versions.includes(current)) return;
  const sent = ifMatch.versions.length > 0 ? `version ${ifMatch.versions.join(' or ')}` : 'no valid version';
  throw new HttpProblem(
    412,
    'version_conflict',
    `${what} is at version ${current} but If-Match named ${sent}; reload it and apply your change again.`,
    { currentVersion: current },
  );
}
