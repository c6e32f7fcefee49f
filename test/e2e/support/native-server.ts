/**
 * NestJS 12 is ESM, which jest's CommonJS registry cannot load; the server runs in this process through
 * Node's own loader (require(esm) works on Node 20.19+) with repository TypeScript transpiled on the fly.
 * Same technique as test/support/embedded-runtime.ts, which does not export its loader.
 */
import * as path from 'node:path';

type ServerModule = typeof import('../../../src/server');
type ConfigModule = typeof import('../../../src/config/app-config');

const ROOT = path.resolve(__dirname, '..', '..', '..');

function nativeRequire(): NodeJS.Require {
  const Module = process.getBuiltinModule('node:module') as typeof import('node:module');
  return Module.createRequire(__filename);
}

function installTsLoader(): void {
  const Module = process.getBuiltinModule('node:module') as typeof import('node:module') & {
    _extensions: Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void>;
  };
  if (Module._extensions['.ts']) return;
  const realFs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
  Module._extensions['.ts'] = (m, file) => {
    if (!file.startsWith(ROOT) || file.includes(`${path.sep}node_modules${path.sep}`)) throw new Error(`refusing to transpile ${file}`);
    const ts = nativeRequire()('typescript') as typeof import('typescript');
    const out = ts.transpileModule(realFs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        inlineSourceMap: true,
      },
    });
    m._compile(out.outputText, file);
  };
}

export function loadServer(): { startServer: ServerModule['startServer']; loadConfig: ConfigModule['loadConfig'] } {
  installTsLoader();
  const req = nativeRequire();
  const { startServer } = req(path.join(ROOT, 'src', 'server.ts')) as ServerModule;
  const { loadConfig } = req(path.join(ROOT, 'src', 'config', 'app-config.ts')) as ConfigModule;
  return { startServer, loadConfig };
}
