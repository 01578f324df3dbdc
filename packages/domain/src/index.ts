export * from './meeting.js';
export * from './permissions.js';
export * from './view.js';
