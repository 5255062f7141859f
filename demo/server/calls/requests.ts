/** Who joins a call: a join request's `role` (openapi.yaml's `JoinRequest`). */
import type { JoinRequest } from '../../../src/wire/index.js';

/** Who joins a call. */
export type JoinRole = JoinRequest['role'];
