import { http } from 'msw';
import { settingsUpdateSchema } from '../../src/contract/accounts';
import { credentialsOf, resolveRequester } from '../actor';
import type { BackendContext } from '../context';
import {
  beginPasswordChange,
  checkPasswordChange,
  getSettings,
  requireSignedIn,
  updateSettings,
  type PasswordChangeCheck,
} from '../domain/accounts';
import { guarded, json, readBody } from '../http';

const SETTINGS_NEED_ACCOUNT = 'Settings belong to an account.';

export function settingsHandlers({ store, now }: BackendContext) {
  return [
    http.get(
      '*/api/settings',
      guarded(async ({ request }) => {
        const creds = await credentialsOf(request);
        const at = now();
        return json(
          await store.read(async (tx) => {
            const { actor } = await resolveRequester(tx, creds, at, 'read');
            return getSettings(tx, actor, requireSignedIn(actor, SETTINGS_NEED_ACCOUNT).userId);
          }),
        );
      }),
    ),
    http.patch(
      '*/api/settings',
      guarded(async ({ request }) => {
        const input = await readBody(request, settingsUpdateSchema);
        const creds = await credentialsOf(request);
        const at = now();
        const { actor } = await store.read((tx) => resolveRequester(tx, creds, at, 'write'));
        const { userId } = requireSignedIn(actor, SETTINGS_NEED_ACCOUNT);
        let change: PasswordChangeCheck | null = null;
        if (input.currentPassword !== undefined && input.newPassword !== undefined) {
          const start = await store.read((tx) => beginPasswordChange(tx, actor, userId, at));
          change = await checkPasswordChange(start, input.currentPassword, input.newPassword);
        }
        const outcome = await store.write(async (tx) => {
          const requester = await resolveRequester(tx, creds, at, 'write');
          return updateSettings(
            tx,
            requester.actor,
            userId,
            input,
            change,
            requester.session?.id ?? null,
            at,
          );
        });
        // Thrown after the commit, so that a wrong current password counts towards the throttle.
        if (!outcome.ok) throw outcome.error;
        return json(outcome.value);
      }),
    ),
  ];
}
