/**
 * The client's errors: those of the HTTP module it shares with the admin SDK (`src/http`).
 */
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
} from '../http/errors.js';
