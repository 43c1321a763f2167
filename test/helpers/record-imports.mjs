// Preloaded with `node --import`: appends every module URL the program loads to the file named by
// PUBCV_RECORD_IMPORTS, so a test can tell which libraries a command pulled in at start-up.
import { register } from 'node:module';

register(new URL('./record-imports-hooks.mjs', import.meta.url), { data: { file: process.env.PUBCV_RECORD_IMPORTS } });
