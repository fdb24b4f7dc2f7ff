import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, test } from "vitest";
import { releaseAbortReasonStacks } from "./abort-reason-stack";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * What React's renderer does at the end of a render: a method of a large object (the receiver
 * of a stack frame, as Node's Immediate is) aborts a controller with a new Error. Returns the
 * controller, which outlives the render, and a weak reference to the receiver.
 */
function renderAndAbort(): { controller: AbortController; receiver: WeakRef<object> } {
  const controller = new AbortController();
  const receiver = {
    payload: new Array(10_000).fill("request"),
    finish() {
      controller.abort(new Error("This render completed successfully."));
    },
  };
  receiver.finish();
  return { controller, receiver: new WeakRef(receiver) };
}

/** Whether the receiver survives a full collection while the controller is still held. */
async function receiverSurvives(): Promise<boolean> {
  const { controller, receiver } = renderAndAbort();
  // A WeakRef keeps its target until the job that made it has ended.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  expect(controller.signal.aborted).toBe(true);
  return receiver.deref() !== undefined;
}

// One file, two states of the process: the patch cannot be undone, so the test of V8's
// behaviour without it runs first.
describe("releaseAbortReasonStacks", () => {
  test("without it, an unread abort reason keeps its frames' receivers alive", async () => {
    expect(await receiverSurvives()).toBe(true);
  });

  test("with it, the receiver is collected; the reason keeps its message and stack", async () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // twice is once
    expect(await receiverSurvives()).toBe(false);
    const { controller } = renderAndAbort();
    const reason = controller.signal.reason as Error;
    expect(reason.message).toBe("This render completed successfully.");
    expect(reason.stack).toMatch(/^Error: This render completed successfully\.\n\s+at /);
  });

  test("Node's default reason, a DOMException, is formatted too", async () => {
    releaseAbortReasonStacks();
    const controller = new AbortController();
    let receiver: WeakRef<object> | undefined;
    (() => {
      const target = {
        payload: new Array(10_000).fill("x"),
        stop() {
          controller.abort();
        },
      };
      target.stop();
      receiver = new WeakRef(target);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(controller.signal.reason).toBeInstanceOf(DOMException);
    expect(receiver?.deref()).toBeUndefined();
  });
});
