// The session's states and its one transition function, as the domain's SessionEngine has them. Times are clock
// readings in ms (clock.js); active time is time since the start less time spent paused, frozen once it ends.

/** @typedef {'not-started'|'running'|'paused'|'stopped'|'completed'} State */
/** @typedef {'start'|'pause'|'resume'|'stop'|'complete'} Command */
/**
 * @typedef {object} Machine
 * @property {State} state
 * @property {number|null} startedAt
 * @property {number|null} pausedAt
 * @property {number} pausedTotal
 * @property {number|null} endedAt
 * @property {string|null} stopReason
 */

/** @returns {Machine} */
export function fresh() {
  return { state: 'not-started', startedAt: null, pausedAt: null, pausedTotal: 0, endedAt: null, stopReason: null };
}

export class InvalidTransition extends Error {
  /** @param {State} state @param {Command} command */
  constructor(state, command) {
    super(`A session that is ${state} cannot ${command}.`);
    this.state = state;
    this.command = command;
  }
}

/**
 * The one way a session changes state; a command the state does not allow is refused, always the same way.
 * @param {Machine} m @param {Command} command @param {number} now @param {string|null} [reason]
 * @returns {Machine}
 */
export function transition(m, command, now, reason = null) {
  switch (`${m.state} ${command}`) {
    case 'not-started start': return { ...m, state: 'running', startedAt: now };
    case 'running pause': return { ...m, state: 'paused', pausedAt: now };
    case 'paused resume': return { ...m, state: 'running', pausedTotal: m.pausedTotal + (now - /** @type {number} */ (m.pausedAt)), pausedAt: null };
    case 'running stop':
    case 'paused stop': return { ...m, state: 'stopped', endedAt: now, stopReason: reason };
    case 'running complete': return { ...m, state: 'completed', endedAt: now };
    default: throw new InvalidTransition(m.state, command);
  }
}

/** Active ms at `now`: a paused session's time stops at the pause, an ended one's at its end. @param {Machine} m @param {number} now */
export function elapsedAt(m, now) {
  if (m.startedAt == null) return 0;
  return (m.pausedAt ?? m.endedAt ?? now) - m.startedAt - m.pausedTotal;
}

/** @param {Machine} m */
export const ended = m => m.state === 'stopped' || m.state === 'completed';
