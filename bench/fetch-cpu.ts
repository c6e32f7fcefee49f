import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createKeepAliveFetch } from '../src/runtime/keep-alive-fetch';
import { createOrchestrationClient } from '../src/runtime/sdk-client';
import { startServerProcess } from './server-process';
import { benchSdkConfig, inParallel } from './workload';

/**
 * Client CPU per SDK request, Node's global fetch against the keep-alive fetch, measured with
 * process.cpuUsage() (not wall time: the server runs on the same shared cores). Each round creates
 * `total` instances of a start→end process after a warm-up; variants alternate so drift hits both.
 *
 *   npm run build:server && node dist/bench/fetch-cpu.js [total] [concurrency] [rounds]
 */
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="fetch-cpu" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="e"><bpmn:incoming>f</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>`;

async function main(): Promise<void> {
  const [total = 3000, concurrency = 16, rounds = 3] = process.argv.slice(2).map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yukk-bench-fetch-'));
  const server = await startServerProcess(dir, { YUKK_WORKERS: 'off' });
  const keepAlive = createKeepAliveFetch();
  try {
    const client = (withKeepAlive: boolean): any => createOrchestrationClient(benchSdkConfig(server.url, server.credential), withKeepAlive ? keepAlive : undefined);
    const variants = { 'global fetch': client(false), 'keep-alive fetch': client(true) };
    const file = path.join(dir, 'fetch-cpu.bpmn');
    fs.writeFileSync(file, BPMN);
    await variants['global fetch'].deployResourcesFromFiles([file]);
    const create = (api: any, n: number) => inParallel(n, concurrency, async () => {
      await api.createProcessInstance({ processDefinitionId: 'fetch-cpu', variables: { n: 1 } });
    });
    for (const api of Object.values(variants)) await create(api, 500);
    const results: Record<string, number[]> = {};
    for (let round = 0; round < rounds; round++) {
      for (const [name, api] of Object.entries(variants)) {
        const cpu = process.cpuUsage();
        const started = performance.now();
        await create(api, total);
        const used = process.cpuUsage(cpu);
        const perRequest = (used.user + used.system) / total;
        (results[name] ??= []).push(perRequest);
        console.log(`${name.padEnd(16)} round ${round + 1}: ${perRequest.toFixed(0)} µs CPU/request (user ${(used.user / total).toFixed(0)}, system ${(used.system / total).toFixed(0)}), ${(performance.now() - started).toFixed(0)} ms wall`);
      }
    }
    for (const [name, values] of Object.entries(results)) {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(`${name.padEnd(16)} median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} µs CPU/request over ${rounds} rounds of ${total} (concurrency ${concurrency})`);
    }
  } finally {
    keepAlive.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
