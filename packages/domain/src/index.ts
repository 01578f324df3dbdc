export * from './meeting.js';
export * from './permissions.js';
export * from './queue.js';
export * from './view.js';
export * from './balance.js';
