/**
 * apptkit client: the typed HTTP client the widget uses to read experts and packages.
 */
export { createClient } from './client.js';
export type { AppointmentPackage, FieldError } from '../core/package.js';
export type {
  ApptClient,
  ClientOptions,
  CustomerTokenSource,
  Expert,
  PackageListQuery,
  RequestOptions,
  RetryOptions,
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
