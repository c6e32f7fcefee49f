import type { AddressInfo } from 'node:net';
import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CamundaStartupDeployer } from './camunda-startup-deployer';
import { inProcessAgent } from './in-process-connection';
import { createKeepAliveFetch, KeepAliveFetch } from './keep-alive-fetch';
import { RuntimeCredential, sdkBasicAuth } from './runtime-credential';
import { createOrchestrationClient, OrchestrationClient } from './sdk-client';

export type { OrchestrationClient } from './sdk-client';

/** Search and get calls of this client need an explicit consistency option (FIELD-NOTES); we want the current state. */
export const NOW = { consistency: { waitUpToMs: 0 } } as const;

export interface RuntimeClientOptions {
  /** Camunda 8 REST address; unset = the embedded engine served by this very server at /v2. */
  externalRestAddress?: string;
  /** Embedded: the credential this server's /v2 requires. */
  runtimeCredential?: RuntimeCredential;
}
export const RUNTIME_CLIENT_OPTIONS = Symbol('RUNTIME_CLIENT_OPTIONS');

/** An address the server can call itself on: a wildcard bind is reached over loopback. */
export function selfUrl(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('Server is not listening yet: the runtime client needs its address');
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** The CAMUNDA_* and ZEEBE_* settings of the environment as it is now. */
function camundaEnvironment(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => /^(CAMUNDA|ZEEBE)_/.test(e[0]) && e[1] !== undefined));
}

/**
 * Nest provider of the runtime client. Created on first use, because in embedded mode the address is this server's
 * own URL, known only after `listen` (port 0 in tests). Camunda 8 settings come from the environment
 * (`ZEEBE_REST_ADDRESS`, `CAMUNDA_AUTH_STRATEGY`, `CAMUNDA_CLIENT_ID`, … as the SDK documents them).
 */
@Injectable()
export class CamundaClientProvider implements OnApplicationShutdown {
  private client?: OrchestrationClient;
  private address?: string;
  /**
   * Shared by every client this provider makes: Node's own fetch costs about twice the CPU per request. Embedded, its
   * connections to this server stay in the process (in-process-connection.ts).
   */
  private transport?: KeepAliveFetch;

  constructor(
    @Inject(RUNTIME_CLIENT_OPTIONS) private readonly options: RuntimeClientOptions,
    private readonly http: HttpAdapterHost,
  ) {}

  /** Optional: the server's URL as `startServer` computed it; otherwise read from the listening socket. */
  useSelfUrl(url: string): void {
    // A wildcard bind (0.0.0.0) is not an address to call: use loopback.
    const callable = url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//127.0.0.1:');
    if (!this.options.externalRestAddress && callable !== this.address) {
      this.address = callable;
      this.client = undefined;
    }
  }

  get api(): OrchestrationClient {
    if (!this.client) {
      const embedded = !this.options.externalRestAddress;
      const address = this.options.externalRestAddress ?? this.address ?? selfUrl(this.http.httpAdapter.getHttpServer().address());
      this.address = address;
      // Embedded: this server's own runtime credential, whatever the environment says about Camunda auth;
      // Camunda 8: everything from the environment.
      if (embedded && !this.options.runtimeCredential) throw new Error('The embedded runtime client needs the runtime credential');
      // (The environment is passed explicitly: the SDK may have read it once, when first loaded.)
      const auth = embedded ? sdkBasicAuth(this.options.runtimeCredential!) : camundaEnvironment();
      const config = { ...auth, ZEEBE_REST_ADDRESS: address };
      this.transport ??= createKeepAliveFetch(embedded ? { httpAgent: inProcessAgent(this.http.httpAdapter.getHttpServer(), { maxSockets: 256, maxFreeSockets: 256 }) } : {});
      this.client = createOrchestrationClient(config, this.transport);
    }
    return this.client;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

@Global()
@Module({})
export class CamundaClientModule {
  static forRoot(options: RuntimeClientOptions): DynamicModule {
    return {
      module: CamundaClientModule,
      providers: [
        { provide: RUNTIME_CLIENT_OPTIONS, useValue: options },
        CamundaClientProvider,
        // Camunda 8 mode only: server.ts starts it once listening. A factory, so that the deployer needs no Nest
        // import (its unit test loads it without the ESM server) and no import cycle with this file.
        {
          provide: CamundaStartupDeployer,
          inject: [CamundaClientProvider],
          useFactory: (runtime: CamundaClientProvider) => {
            const log = new Logger('StartupDeployer');
            // Nest shows warnings and errors only (unless LOG_LEVEL=debug); the outcome is for the operator, as
            // the "listening" line is, so it goes to stdout like that line.
            // eslint-disable-next-line no-console
            const info = (message: string) => console.log(`[StartupDeployer] ${message}`);
            return new CamundaStartupDeployer(() => runtime.api, options.externalRestAddress ?? '', { info, warn: (m) => log.warn(m), error: (m) => log.error(m) });
          },
        },
      ],
      exports: [CamundaClientProvider, CamundaStartupDeployer],
    };
  }
}
