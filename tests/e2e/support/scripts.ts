// The repository's Node scripts (scripts/*.mjs) as modules, for specs that test them or use them.
// A dynamic import of the file URL: a static `import` would have Playwright compile the ES
// module to CommonJS, which Node then refuses to run as an .mjs file.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadScript(name: string): Promise<any> {
  return import(pathToFileURL(resolve(__dirname, '../../../scripts', name)).href);
}
