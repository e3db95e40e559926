import { mutationOptions } from '@tanstack/react-query';
import type { SettingsUpdateInput } from '../../../contract/accounts';
import { apiRequest } from '../../../lib/api-client';

export function updateSettings(input: SettingsUpdateInput) {
  return apiRequest('/settings', 'settings', { method: 'PATCH', body: input });
}

export const updateSettingsMutationOptions = () =>
  mutationOptions({
    mutationKey: ['settings', 'update'] as const,
    mutationFn: updateSettings,
  });
