/**
 * Articles per `analyzeMany` call that callers coding a stream use. Measured on the bench
 * corpus (ms per article, coded one at a time about 2.9): batches of 8 or 16 about 2.3, of 32
 * or 64 about 2.0, of 128 or 256 no better. 64 documents in hand hold a few MB, and a stream
 * never waits to fill a batch (see readyBatches). A module of its own so that the bench's
 * orchestrator can name it without loading the NLP models.
 */
export const CODING_BATCH = 64;
