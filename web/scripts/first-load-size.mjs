// The JavaScript someone downloads to sign in and then see their chat list, gzip'd (issue 19: at most 120 kB,
// so that what calls and broadcasts add never loads for someone who only chats). Reads the manifest of the last
// `npm run build`: the entry and the route chunks of those pages, with every chunk they import statically
// (dynamic imports load later: a chat when it is opened, another page when visited, the realtime client once the
// list has shown). kB as Vite prints them: 1000 bytes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT_KB = 120;
// The modules of the first load, as the manifest names them (by source path). A moved page must be renamed here:
// a name the manifest does not know fails the script rather than measuring less.
const FIRST_LOAD = ['index.html', 'src/pages/LoginPage.tsx', 'src/pages/ChatsPage.tsx'];

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'Parta.Server', 'wwwroot');
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
} catch {
  console.error(`No build manifest in ${outDir}/.vite: run npm run build first.`);
  process.exit(1);
}

const files = new Set();
const background = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk) {
    console.error(`The build has no chunk for ${key}: update FIRST_LOAD in scripts/first-load-size.mjs.`);
    process.exit(1);
  }
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
  // A library the page imports dynamically loads right after it has shown (the realtime client): told, not counted.
  for (const imported of chunk.dynamicImports ?? []) if (imported.includes('node_modules/')) background.add(manifest[imported].file);
}
for (const key of FIRST_LOAD) collect(key);

const kB = (bytes) => (bytes / 1000).toFixed(1);
const gzipped = (file) => gzipSync(readFileSync(join(outDir, file))).length;
let total = 0;
for (const file of [...files].sort()) {
  const size = gzipped(file);
  total += size;
  console.log(`  ${file.padEnd(44)} ${kB(size).padStart(7)} kB gzip`);
}
for (const file of background) console.log(`  then, once the page shows: ${file} ${kB(gzipped(file))} kB gzip`);
const verdict = total <= LIMIT_KB * 1000 ? 'within' : 'OVER';
console.log(`First load of sign-in + chat list: ${kB(total)} kB of gzip'd JavaScript in ${files.size} files (${verdict} the ${LIMIT_KB} kB budget)`);
if (verdict === 'OVER') process.exit(1);
