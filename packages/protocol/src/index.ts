export * from './commands.js';
export * from './errors.js';
export * from './events.js';
export * from './http.js';
export * from './model.js';
export * from './report.js';
export * from './socket.js';
export * from './theme-presets.js';
