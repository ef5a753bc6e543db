// The placeholders live with the other config-text helpers (src/config-text), shared by
// the nginx and PHP renderers; re-exported here for the PHP modules that use them.
export * from '../config-text/placeholders.js';
