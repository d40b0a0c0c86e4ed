// Entry of the one-file script-tag bundle (dist/oncelink.js): defines <oncelink-share> on load. German is a separate file (messages/de.js).
export { OnceLinkShare } from './share/define.js';
