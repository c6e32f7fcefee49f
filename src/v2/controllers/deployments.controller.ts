import { Body, Controller, HttpCode, Inject, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { Engine } from '../../../engine';
import { ENGINE } from '../../runtime/engine.token';
import { uploadFileName } from '../http/upload-names';
import { MAX_RESOURCE_BYTES } from '../http/limits';
import { badRequest } from '../http/problem';

const MAX_RESOURCES = 100;

/** What multer hands over for each part kept in memory. */
interface UploadedResource {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Controller('v2/deployments')
export class DeploymentsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  @Post()
  @HttpCode(200)
  @UseInterceptors(FilesInterceptor('resources', MAX_RESOURCES, { limits: { fileSize: MAX_RESOURCE_BYTES, fields: 10 } }))
  async deploy(@UploadedFiles() files: UploadedResource[] | undefined, @Body() body: { tenantId?: unknown } | undefined) {
    if (!files || files.length === 0) throw badRequest(`Expected at least one resource in the multipart field 'resources'.`);
    const tenantId = body?.tenantId;
    if (tenantId !== undefined && (typeof tenantId !== 'string' || tenantId === '')) throw badRequest('tenantId must be a non-empty string');
    const result = await this.engine.deploy(files.map((f) => ({ name: uploadFileName(f.originalname), content: f.buffer })), tenantId as string | undefined);
    return {
      deploymentKey: result.deploymentKey,
      tenantId: result.tenantId,
      deployments: [
        ...result.processes.map((processDefinition) => ({ processDefinition })),
        ...result.decisionRequirements.map((decisionRequirements) => ({ decisionRequirements })),
        ...result.decisions.map((decisionDefinition) => ({ decisionDefinition })),
        ...result.forms.map((form) => ({ form })),
      ],
    };
  }
}
