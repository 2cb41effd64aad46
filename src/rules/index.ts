import noUnknownStatus from './no-unknown-status.js';

/** Every rule of the plugin, by name. Keep alphabetical. */
export const rules = {
  'no-unknown-status': noUnknownStatus,
};
