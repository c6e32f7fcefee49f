import { Module } from '@nestjs/common';

/** Camunda 8 Orchestration Cluster REST API v2 (subset) served by the embedded engine. */
@Module({})
export class V2Module {}
