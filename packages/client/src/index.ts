export * from './connection.js';
export * from './http.js';
export * from './ids.js';
