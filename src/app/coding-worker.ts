/**
 * The entry module of a coding worker thread: builds its own coder (as `harbinger code` would,
 * with the same reference date), says "ready", then codes each article it is sent and posts
 * the result back as plain data. An article that throws is reported for that article alone.
 */

import { parentPort, workerData } from "node:worker_threads";
import { createCoder } from "../coder.js";
import { codeArticle } from "./code-article.js";
import {
  type JobMessage,
  toErrorData,
  type WorkerMessage,
  type WorkerSetup,
} from "./coding-worker-messages.js";

const port = parentPort;
if (port === null) throw new Error("coding-worker.js runs as a worker thread of the coding pool");
const setup = workerData as WorkerSetup;
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const coder = await createCoder(
    setup.defaultDate === undefined ? {} : { defaultDate: setup.defaultDate },
  );
  port.on("message", ({ job, article }: JobMessage) => {
    try {
      post({ kind: "coded", job, result: codeArticle(coder, article, setup.syntax) });
    } catch (error) {
      post({ kind: "failed", job, error: toErrorData(error) });
    }
  });
  post({ kind: "ready" });
} catch (error) {
  // Nothing is listening any more, so the thread ends after this message.
  post({ kind: "start-failed", error: toErrorData(error) });
}
