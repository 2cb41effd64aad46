import noBodyWithStatus from './no-body-with-status.js';
import noIgnoredStatus from './no-ignored-status.js';
import noMismatchedReasonPhrase from './no-mismatched-reason-phrase.js';
import noStringStatus from './no-string-status.js';
import noUnknownStatus from './no-unknown-status.js';
import noUnreachableStatusCheck from './no-unreachable-status-check.js';
import preferStatusConstant from './prefer-status-constant.js';
import requireStatusHeaders from './require-status-headers.js';
import validHttpError from './valid-http-error.js';
import validRedirect from './valid-redirect.js';
import validStatusRange from './valid-status-range.js';

/** Every rule of the plugin, by name. Keep alphabetical. */
export const rules = {
  'no-body-with-status': noBodyWithStatus,
  'no-ignored-status': noIgnoredStatus,
  'no-mismatched-reason-phrase': noMismatchedReasonPhrase,
  'no-string-status': noStringStatus,
  'no-unknown-status': noUnknownStatus,
  'no-unreachable-status-check': noUnreachableStatusCheck,
  'prefer-status-constant': preferStatusConstant,
  'require-status-headers': requireStatusHeaders,
  'valid-http-error': validHttpError,
  'valid-redirect': validRedirect,
  'valid-status-range': validStatusRange,
};
