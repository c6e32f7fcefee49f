import { Body, Get, Inject, Injectable, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/access.guard';
import { APP_DB, AppDb } from '../auth/app-database';
import { AuthClock } from '../auth/clock';
import { Principal, Roles } from '../auth/roles';
import { ApiController } from '../ui-api/api-controller';
import { problem } from '../ui-api/problem';

export class CommentDto {
  @ApiProperty() id!: string;
  @ApiProperty() processId!: string;
  @ApiProperty() elementId!: string;
  @ApiProperty() text!: string;
  @ApiProperty() author!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) resolvedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
}

export class NewCommentDto {
  @ApiProperty() @Matches(/^[A-Za-z_][\w.-]{0,199}$/, { message: 'elementId: a BPMN element id' }) elementId!: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'text: a comment needs text' }) @MaxLength(2000) text!: string;
}

const PROCESS_ID = /^[A-Za-z_][\w.-]{0,199}$/;

/** Reviewers' comments on diagram elements, per process id and element id (table `process_comments` in app.db). */
@Injectable()
export class CommentsStore {
  constructor(@Inject(APP_DB) private readonly db: AppDb) {
    db.exec(`CREATE TABLE IF NOT EXISTS process_comments (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      process_id TEXT NOT NULL,
      element_id TEXT NOT NULL,
      text TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      resolved_by TEXT,
      resolved_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS process_comments_by_process ON process_comments (process_id, id)`);
  }

  list(processId: string): CommentDto[] {
    return (this.db.prepare('SELECT * FROM process_comments WHERE process_id = ? ORDER BY id').all(processId) as Array<Record<string, unknown>>).map(toDto);
  }

  add(processId: string, elementId: string, text: string, author: string, at: number): CommentDto {
    const r = this.db.prepare('INSERT INTO process_comments (process_id, element_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)').run(processId, elementId, text, author, at);
    return this.get(String(r.lastInsertRowid))!;
  }

  resolve(id: string, by: string, at: number): boolean {
    return this.db.prepare('UPDATE process_comments SET resolved_by = ?, resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(by, at, Number(id)).changes === 1;
  }

  get(id: string): CommentDto | undefined {
    const row = this.db.prepare('SELECT * FROM process_comments WHERE id = ?').get(Number(id)) as Record<string, unknown> | undefined;
    return row && toDto(row);
  }
}

const toDto = (r: Record<string, unknown>): CommentDto => ({
  id: String(r.id),
  processId: r.process_id as string,
  elementId: r.element_id as string,
  text: r.text as string,
  author: r.author as string,
  createdAt: new Date(r.created_at as number).toISOString(),
  resolvedBy: (r.resolved_by as string | null) ?? null,
  resolvedAt: r.resolved_at == null ? null : new Date(r.resolved_at as number).toISOString(),
});

@ApiController('process-comments', 'analyst')
@Roles('analyst', 'manager')
export class CommentsController {
  constructor(
    private readonly store: CommentsStore,
    private readonly audit: AuditService,
    private readonly clock: AuthClock,
  ) {}

  @Get(':processId')
  @ApiOkResponse({ type: [CommentDto] })
  list(@Param('processId') processId: string): { items: CommentDto[] } {
    if (!PROCESS_ID.test(processId)) throw problem(400, 'processId: a BPMN process id');
    return { items: this.store.list(processId) };
  }

  @Post(':processId')
  @ApiCreatedResponse({ type: CommentDto })
  add(@CurrentUser() me: Principal, @Param('processId') processId: string, @Body() body: NewCommentDto): CommentDto {
    if (!PROCESS_ID.test(processId)) throw problem(400, 'processId: a BPMN process id');
    const c = this.store.add(processId, body.elementId, body.text, me.username, this.clock.now());
    this.audit.record({ username: me.username, action: 'comment.add', resourceType: 'process-comment', resourceKey: c.id, outcome: 'success', detail: `${processId}/${body.elementId}` });
    return c;
  }

  @Post(':processId/:id/resolve')
  @ApiOkResponse({ type: CommentDto })
  resolve(@CurrentUser() me: Principal, @Param('processId') processId: string, @Param('id') id: string): CommentDto {
    const c = /^\d{1,12}$/.test(id) ? this.store.get(id) : undefined;
    if (!c || c.processId !== processId) throw problem(404, `No comment ${id} on ${processId}`);
    if (!this.store.resolve(id, me.username, this.clock.now())) throw problem(409, `Comment ${id} is already resolved`);
    this.audit.record({ username: me.username, action: 'comment.resolve', resourceType: 'process-comment', resourceKey: id, outcome: 'success', detail: `${processId}/${c.elementId}` });
    return this.store.get(id)!;
  }
}
