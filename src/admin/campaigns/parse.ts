/**
 * The campaign answers, read with the generated checks alone: `wire.Campaign` is a variant on
 * `type`, so each type's fields are checked; what the spec cannot say (an end after the start,
 * one discount) is the server's rule, stored under a database constraint.
 */
import { answer } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';

/** Parses a campaign. */
export const parseCampaign = answer(wire.Campaign);

/** Parses a page of campaigns `{ data, nextCursor }`. */
export const parseCampaignPage = answer(wire.CampaignPage);
