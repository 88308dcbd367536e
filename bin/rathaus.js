#!/usr/bin/env node
// The `rathaus` command. Runs the TypeScript sources directly through tsx's loader, with the project's
// tsconfig whatever the working directory is (it decides how JSX compiles).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runCli } = await import('../src/cli/main.ts');
await runCli(process.argv.slice(2));
