// Turns the pinned npm package's common-password list into the build's blocklist resource:
// one lower-case NFC password per line, deduplicated, sorted by code point, UTF-8, final newline.
//   node resources/blocklist/extract.mjs OUTPUT
// It reads the package's plain JSON source (src/passwords.json) rather than its compressed dist
// module, so no package code runs at build time. Exits non-zero, writing nothing, if the list is
// not what we expect: a silently empty blocklist would accept every common password.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, 'node_modules', '@zxcvbn-ts', 'language-common');
const minimumEntries = 10000;

function fail(message) {
    console.error(`extract.mjs: ${message}`);
    process.exit(1);
}

const output = process.argv[2];
if (!output)
    fail('usage: node extract.mjs OUTPUT');

let list;
try {
    list = JSON.parse(readFileSync(join(pkgDir, 'src', 'passwords.json'), 'utf8'));
} catch (e) {
    fail(`cannot read ${pkgDir}/src/passwords.json (${e.message}); run scripts/setup.sh`);
}
if (!Array.isArray(list))
    fail('passwords.json is not an array');

const entries = new Set();
for (const item of list) {
    if (typeof item !== 'string')
        fail('passwords.json holds a non-string entry');
    const entry = item.normalize('NFC').toLowerCase();
    // A line break or other control character would split or corrupt a line of the resource.
    if (entry.length === 0 || /\p{Cc}/u.test(entry))
        continue;
    entries.add(entry);
}
if (entries.size < minimumEntries)
    fail(`only ${entries.size} entries; at least ${minimumEntries} expected`);

// Code-point order, independent of the build machine's locale.
const sorted = [...entries].sort((a, b) => {
    const x = [...a].map((c) => c.codePointAt(0));
    const y = [...b].map((c) => c.codePointAt(0));
    for (let i = 0; i < Math.min(x.length, y.length); ++i)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return x.length - y.length;
});
const temporary = `${output}.tmp`;
writeFileSync(temporary, sorted.join('\n') + '\n', 'utf8');
renameSync(temporary, output);
console.log(`extract.mjs: ${sorted.length} common passwords -> ${output}`);
