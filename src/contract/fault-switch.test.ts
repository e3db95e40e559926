import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseStoredFaultConfig, type FaultConfig } from './fault-switch';
import { faultSettingsSchema, type FaultSettings } from './system';

describe('parseStoredFaultConfig', () => {
  it('is the zod-free twin of faultSettingsSchema: the same shape, and the same verdicts', () => {
    expectTypeOf<FaultConfig>().toEqualTypeOf<FaultSettings>();
    const samples = [
      '{"rate":0.3,"kinds":["network","503"],"seed":7}',
      '{"rate":1,"kinds":["after-commit"],"seed":-2}',
      '{"rate":0.5,"kinds":["hang","bogus"],"seed":3}',
      '{"rate":0,"kinds":["hang"],"seed":1}',
      '{"rate":1.5,"kinds":["hang"],"seed":1}',
      '{"rate":0.5,"kinds":[],"seed":1}',
      '{"rate":0.5,"kinds":["slow"],"seed":1.5}',
      '{"rate":0.5,"kinds":["slow"]}',
      '{"rate":"0.5","kinds":["slow"],"seed":1}',
      '{"rate":0.5,"kinds":"slow","seed":1}',
      '[1]',
      'null',
    ];
    for (const text of samples) {
      const parsed = faultSettingsSchema.safeParse(JSON.parse(text));
      expect(parseStoredFaultConfig(text), text).toEqual(parsed.success ? parsed.data : null);
    }
    expect(parseStoredFaultConfig('{not json')).toBeNull();
    expect(parseStoredFaultConfig(null)).toBeNull();
  });
});
