import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditStore } from './audit.store';

/** The append-only audit log: recording (for every module) and the manager's query endpoint. */
@Global()
@Module({ providers: [AuditStore, AuditService], controllers: [AuditController], exports: [AuditService, AuditStore] })
export class AuditModule {}
