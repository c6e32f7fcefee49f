import { Controller, Get, Req } from '@nestjs/common';
import type { Request } from 'express';

/** The embedded engine is one broker with one partition; the gateway version names the API level it serves. */
export const GATEWAY_VERSION = '8.8.0';

@Controller('v2/topology')
export class TopologyController {
  @Get()
  topology(@Req() req: Request) {
    return {
      brokers: [
        {
          nodeId: 0,
          host: req.socket.localAddress ?? '127.0.0.1',
          port: req.socket.localPort ?? 0,
          partitions: [{ partitionId: 1, role: 'leader', health: 'healthy' }],
          version: GATEWAY_VERSION,
        },
      ],
      clusterSize: 1,
      partitionsCount: 1,
      replicationFactor: 1,
      gatewayVersion: GATEWAY_VERSION,
      lastCompletedChangeId: '-1',
    };
  }
}
