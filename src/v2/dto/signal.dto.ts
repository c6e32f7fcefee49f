import { IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

/** POST /v2/signals/broadcast (8.8 SignalBroadcastRequest). */
export class BroadcastSignalDto {
  // Camunda refuses only a missing name ("No signalName provided."); an empty name reaches nothing.
  @IsString() signalName!: string;
  @IsOptional() @IsObject() variables?: Record<string, unknown>;
  // The 8.8 TenantId schema, so the echoed tenantId always passes the client's response validation.
  @IsOptional() @IsString() @Length(1, 256) @Matches(/^(<default>|[A-Za-z0-9_@.+-]+)$/) tenantId?: string;
}
