import noUnknownStatus from './no-unknown-status.js';
import preferStatusConstant from './prefer-status-constant.js';

/** Every rule of the plugin, by name. Keep alphabetical. */
export const rules = {
  'no-unknown-status': noUnknownStatus,
  'prefer-status-constant': preferStatusConstant,
};
