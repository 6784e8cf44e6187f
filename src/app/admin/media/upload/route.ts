import { formValues, fieldErrorsOf } from '@/lib/auth/action';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { can } from '@/lib/auth/permissions';
import { ImageRejectedError, MAX_UPLOAD_BYTES } from '@/lib/media/process-image';
import { mediaMetadataSchema } from '@/lib/media/schema';
import { uploadPhoto } from '@/lib/media/upload';

// Photo uploads. A route handler rather than a server action so that nothing of the body is
// read before the session and permission are checked, and so the 20 MB limit applies here
// alone (server actions keep Next.js's 1 MB default).

const FORM_OVERHEAD_BYTES = 64 * 1024;

function failure(status: number, message: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ ok: false, message, fieldErrors }, { status });
}

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  return origin === null || new URL(origin).host === request.headers.get('host');
}

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return failure(401, 'Your session has ended. Sign in again.');
  if (!can(user, 'media:upload') || !isSameOrigin(request)) return failure(403, 'You do not have permission to upload photos.');
  const length = Number(request.headers.get('content-length'));
  if (!length) return failure(411, 'The upload did not say how large it is.');
  if (length > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) {
    return failure(413, 'Check the highlighted fields.', { file: [`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`] });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!form || !(file instanceof File) || file.size === 0) return failure(400, 'Check the highlighted fields.', { file: ['Choose a photo to upload.'] });
  const metadata = mediaMetadataSchema.safeParse(formValues(form));
  if (!metadata.success) return failure(400, 'Check the highlighted fields.', fieldErrorsOf(metadata.error));
  try {
    const result = await uploadPhoto(Buffer.from(await file.arrayBuffer()), metadata.data, file.name, user.id);
    return Response.json({ ok: true, data: result }, { status: result.existing ? 200 : 201 });
  } catch (error) {
    if (error instanceof ImageRejectedError) return failure(422, 'Check the highlighted fields.', { file: [error.message] });
    throw error;
  }
}
