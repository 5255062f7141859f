/**
 * apptkit client: the typed HTTP client the widget uses to read experts, packages and slots, to
 * hold slots, and to join a booking's call.
 */
export { createClient } from './client.js';
export type { AppointmentPackage, FieldError } from '../core/package.js';
export type { Slot } from '../core/slots/types.js';
export type {
  ApptClient,
  CallCredentials,
  CallEndAnswer,
  CallEndedBy,
  CallJoinInput,
  CallParticipant,
  CallProvider,
  CallStateAnswer,
  ClientOptions,
  CustomerTokenSource,
  Expert,
  Hold,
  HoldCreateOptions,
  HoldInput,
  JoinAnswer,
  PackageListQuery,
  PhoneDialStatus,
  RequestOptions,
  RetryOptions,
  SlotList,
  SlotListQuery,
} from './types.js';
export {
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  isApiError,
  isNetworkError,
  isResponseValidationError,
  isTimeoutError,
  type ResponseIssue,
} from './errors.js';
