/** The phone balance answer: the generated `wire.PhoneBalance` (whole US cents ≥ 0, currency `USD`). */
import { answer, type Parser } from '../../http/answer.js';
import * as wire from '../../http/wire-checks.js';
import type * as Wire from '../../wire/index.js';

/** Parses a phone balance `{ balance, currency }`. */
export const parsePhoneBalance: Parser<Wire.PhoneBalance> = answer(wire.PhoneBalance);
