// Boots the text worker (clustering, training): worker threads do not inherit the main thread's TypeScript loader.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
await import('./text.worker.ts');
