import noBodyWithStatus from './no-body-with-status.js';
import noMismatchedReasonPhrase from './no-mismatched-reason-phrase.js';
import noStringStatus from './no-string-status.js';
import noUnknownStatus from './no-unknown-status.js';
import requireStatusHeaders from './require-status-headers.js';

/** Every rule of the plugin, by name. Keep alphabetical. */
export const rules = {
  'no-body-with-status': noBodyWithStatus,
  'no-mismatched-reason-phrase': noMismatchedReasonPhrase,
  'no-string-status': noStringStatus,
  'no-unknown-status': noUnknownStatus,
  'require-status-headers': requireStatusHeaders,
};
