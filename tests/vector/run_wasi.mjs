// SPDX-License-Identifier: BSL-1.0
// Runs a WASI command module under Node's node:wasi: run_wasi.mjs MODULE DIR [ARG...]
// DIR is what the module sees as /data; its exit status is the module's.
import { readFile } from 'node:fs/promises';
import { argv, exit } from 'node:process';
import { WASI } from 'node:wasi';

const [modulePath, dataDir, ...args] = argv.slice(2);
const wasi = new WASI({
  version: 'preview1',
  args: [modulePath, ...args],
  env: {},
  preopens: { '/data': dataDir },
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(modulePath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance));
