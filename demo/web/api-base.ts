// Where the page's <oncelink-share> elements reach the link API: the demo server's proxy.
// Absolute, so the element resolves it the same way whatever page embeds it.
export const apiBase = new URL('/api/oncehub', location.href).href;
