// Uploads one file to Parta with the real tus-js-client, as the web client will, and reports on stdout one JSON
// line per event for tests/Parta.Tests/Faults/TusClientTests.cs: progress, each retry, then success or error.
// Settings come from the environment: PARTA_TUS_ENDPOINT, PARTA_TUS_FILE, PARTA_TUS_COOKIE (the session and
// anti-forgery cookies), PARTA_TUS_CSRF (the X-CSRF-TOKEN header every state-changing API call needs),
// PARTA_TUS_CHUNK_BYTES.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Upload } from 'tus-js-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const say = (event) => process.stdout.write(JSON.stringify(event) + '\n');

const path = env('PARTA_TUS_FILE');
const data = readFileSync(path);
let reported = 0;
const upload = new Upload(data, {
  endpoint: env('PARTA_TUS_ENDPOINT'),
  chunkSize: Number(env('PARTA_TUS_CHUNK_BYTES')),
  headers: { Cookie: env('PARTA_TUS_COOKIE'), 'X-CSRF-TOKEN': env('PARTA_TUS_CSRF') },
  metadata: { filename: basename(path), filetype: 'application/octet-stream' },
  // Quick at first, then every 5 s for five minutes: a server restart takes seconds, and on a loaded test machine
  // (this one ran at a load of 60 on 2 cores) more than a minute.
  retryDelays: [0, 250, 500, 1000, 2000, 3000, ...Array(60).fill(5000)],
  onProgress: (sent, total) => {
    if (sent - reported >= 256 * 1024 || sent === total) {
      reported = sent;
      say({ event: 'progress', sent, total });
    }
  },
  onShouldRetry: (error, attempt) => {
    const status = error.originalResponse ? error.originalResponse.getStatus() : 0;
    const retry = status === 0 || status >= 500 || status === 409 || status === 423;
    say({ event: 'retry', attempt, status, retry, message: String(error.message).split('\n')[0] });
    return retry;
  },
  onError: (error) => {
    say({ event: 'error', message: String(error.message) });
    process.exit(1);
  },
  onSuccess: () => {
    say({ event: 'success', url: upload.url });
    process.exit(0);
  },
});
upload.start();
