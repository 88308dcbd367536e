import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration from the environment', () => {
  it('has working defaults for a development start', () => {
    const c = loadConfig({ NODE_ENV: 'test' });
    expect(c).toMatchObject({
      port: 3000,
      baseUrl: 'http://localhost:3000',
      defaultTenant: 'bonn',
      seedDemo: true,
      secureCookies: false,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a number/],
    [{ PORT: '70000' }, /PORT must be between 1 and 65535/],
    [{ BASE_URL: 'rathaus' }, /BASE_URL must be an absolute URL/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET must be at least 32 characters/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL must start with smtp/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV must be one of/],
    [{ PGLITE_SHARED_BUFFERS: '32' }, /PGLITE_SHARED_BUFFERS must be a size such as 32MB/],
  ])('stops with one clear sentence for %o', (env, message) => {
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(message);
  });

  it('refuses production without a secret or with demo data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/without SESSION_SECRET/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }),
    ).toThrow(/demo accounts/);
    const c = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      BASE_URL: 'https://rathaus.bonn.de',
    });
    expect(c.seedDemo).toBe(false);
    expect(c.secureCookies).toBe(true);
  });
});
