// Lets an abort reason's captured stack go once the abort has happened.
//
// React's server renderer (bundled in Next) ends every finished render by aborting its
// cacheSignal with a new Error. V8 keeps a new error's stack as call sites until something
// reads `.stack`, and a call site holds its frame's receiver: here the Node Immediate that ran
// the render. A finished Immediate still links to the Immediates that ran beside it, and each
// of those holds its request's async context, whose render holds its own abort Error, and so
// on: after `bench:load` about 1,550 finished requests (responses, sockets, renders) were
// chained this way, half of a 190 MB live heap (docs/performance-log.md, "Memory after a load
// run"). Nothing ever reads these errors' stacks. Reading the stack formats it into a string
// and V8 drops the call sites. React has an open change that stops capturing this stack; until
// it ships in Next, the server formats every abort reason itself.

let installed = false;

/** Formats the stack of every Error an AbortController aborts with, once the abort is done. */
export function releaseAbortReasonStacks(): void {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    // Node's own default reason (a DOMException) is an Error too.
    const { reason: given } = this.signal;
    if (given instanceof Error) formatStack(given);
  };
}

function formatStack(error: Error): void {
  // The getter formats the stack and stores the string; the call sites are then unreachable.
  void error.stack;
}
