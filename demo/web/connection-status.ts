// Tells the user, politely and visibly, when the demo server cannot be reached, and clears the notice once it answers.
import { byId } from './dom.js';

export function showConnection(state: 'lost' | 'back'): void {
  const status = byId('connection-status');
  status.textContent =
    state === 'lost'
      ? 'Connection to the demo server lost, retrying… Live updates are paused; start the demo again if you stopped it.'
      : '';
}
