export * from './balance.js';
export * from './board.js';
export * from './meeting.js';
export * from './permissions.js';
export * from './points.js';
export * from './queue.js';
export * from './similarity.js';
export * from './view.js';
