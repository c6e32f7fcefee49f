import * as path from 'node:path';

/**
 * NestJS 12 ships as ESM, which jest's CommonJS module registry cannot load. Tests therefore load the
 * server through Node's own loader (require(esm) works natively on Node 20.19+), with repository
 * TypeScript transpiled on the fly. Only repository sources are transpiled. Classes a test needs from
 * the server (the auth clock, the audit store…) must come through here too, so identities match.
 */
const ROOT = path.resolve(__dirname, '..', '..');

type NodeModule = typeof import('node:module') & {
  _extensions: Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void>;
};

function nativeRequire(): NodeJS.Require {
  const Module = process.getBuiltinModule('node:module') as typeof import('node:module');
  return Module.createRequire(__filename);
}

function installTsLoader(): void {
  const Module = process.getBuiltinModule('node:module') as NodeModule;
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

/** A module of the repository (path relative to its root), loaded by Node's loader. */
export function serverModule<T = Record<string, any>>(relative: string): T {
  installTsLoader();
  return nativeRequire()(path.join(ROOT, relative)) as T;
}
