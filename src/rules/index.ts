import noIgnoredStatus from './no-ignored-status.js';
import noUnknownStatus from './no-unknown-status.js';
import noUnreachableStatusCheck from './no-unreachable-status-check.js';
import validHttpError from './valid-http-error.js';
import validRedirect from './valid-redirect.js';
import validStatusRange from './valid-status-range.js';

/** Every rule of the plugin, by name. Keep alphabetical. */
export const rules = {
  'no-ignored-status': noIgnoredStatus,
  'no-unknown-status': noUnknownStatus,
  'no-unreachable-status-check': noUnreachableStatusCheck,
  'valid-http-error': validHttpError,
  'valid-redirect': validRedirect,
  'valid-status-range': validStatusRange,
};
