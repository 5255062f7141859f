/**
 * apptkit client: the typed HTTP client the widget uses to read experts, packages and slots, and to hold slots.
 */
export { createClient } from './client.js';
export type { AppointmentPackage, FieldError } from '../core/package.js';
export type { Slot } from '../core/slots/types.js';
export type {
  ApptClient,
  ClientOptions,
  CustomerTokenSource,
  Expert,
  Hold,
  HoldCreateOptions,
  HoldInput,
  PackageListQuery,
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
