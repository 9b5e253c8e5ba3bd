/**
 * How many procedure calls one HTTP request may bundle. The dashboard's batching client splits
 * at this number and the server refuses a longer batch before reading it: a page makes a handful
 * of calls at once, while a batch of thousands would multiply one request's cost unseen.
 */
export const MAX_BATCH_CALLS = 16;
