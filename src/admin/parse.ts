/**
 * The admin answers shared by its parts (package pages, empty bodies), read with the generated
 * checks (a page's packages by core's package reader, which they take for every package).
 */
import * as v from 'valibot';
import { answer, type Answer, type Parser } from '../http/answer.js';
import * as wire from '../http/wire-checks.js';
import type { PackagePage } from './types.js';

/** A page `{ data: AppointmentPackage[], nextCursor: string | null }`. */
export const parsePage: Parser<PackagePage> = answer(
  v.pipe(
    wire.PackagePage,
    v.transform(({ data, nextCursor }) => ({ items: data, nextCursor })),
  ) satisfies Answer<PackagePage>,
);

/** A booking (e.g. with the `noShowAt` of `admin.noShows.mark`). */
export const parseBooking = answer(wire.Booking);

/** A refund's answer `{ refund, purchase }`. */
export const parseRefundAnswer = answer(wire.RefundAnswer);

/** An empty body (a 204 answer), read as `null`. */
export const parseEmpty: Parser<null> = answer(v.pipe(v.undefined('expected an empty body.'), v.transform(() => null)));
