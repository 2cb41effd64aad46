export * from './iana.js';
export * from './vendors.js';
export * from './did-you-mean.js';
export * from './requirements.js';
