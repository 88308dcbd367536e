/**
 * Work that resumes after waiting is let go a slice at a time, so that no turn of the event loop runs
 * long. Without it, answers that arrive together resume together: ten readers of one shared reading, or
 * the database's answers to fifty requests, each draw their page one after the other in one turn, and
 * the loop (timers, new connections, every other answer) waits for all of them.
 *
 * `turn()` resolves in the loop's check phase, in the order asked. Once one phase has let work run for
 * TURN_MS, the rest wait for the next turn, after the loop has polled for input again. A resumed piece
 * of work runs until it waits again (its next query, say), so a turn lasts at most TURN_MS plus the
 * longest such piece. Alone, it costs one hop through the loop (microseconds).
 */
const TURN_MS = 8;

/** When the current check phase began letting work go; undefined between phases. */
let turnStart: number | undefined;

function endTurn() {
  turnStart = undefined;
}

/** Resolves when this piece of work may go on (see above). */
export function turn(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      const now = performance.now();
      if (turnStart === undefined) {
        turnStart = now;
        // Runs first in the next check phase: what waits behind it starts a new turn.
        setImmediate(endTurn);
      } else if (now - turnStart >= TURN_MS) {
        setImmediate(go);
        return;
      }
      // Node runs the promise's reactions right after this callback, before the next one.
      resolve();
    };
    setImmediate(go);
  });
}

/** `value` once it is this work's turn (see turn()). */
export async function inTurn<T>(value: Promise<T>): Promise<T> {
  const v = await value;
  await turn();
  return v;
}
