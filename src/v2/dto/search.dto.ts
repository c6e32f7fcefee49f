import { IsArray, IsObject, IsOptional } from 'class-validator';

/** Envelope of every 8.8 search request; the field-level rules live in engine/query. */
export class SearchQueryDto {
  @IsOptional() @IsObject() filter?: Record<string, unknown>;
  @IsOptional() @IsArray() sort?: Array<{ field: string; order?: string }>;
  @IsOptional() @IsObject() page?: { from?: number; limit?: number; after?: string; before?: string };
}
