// The wire schemas: the single source of the SDK's types and of its runtime checks.
export * from './shared.js';
export * from './master-page.js';
export * from './one-time-link.js';
export * from './booking-calendar.js';
export * from './booking.js';
export * from './webhook.js';
export * from './deleted-object.js';
export * from './error-body.js';
export * from './api-key-check.js';
