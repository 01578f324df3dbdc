export * from './balance.js';
export * from './meeting.js';
export * from './permissions.js';
export * from './queue.js';
export * from './view.js';
