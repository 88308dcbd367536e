import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the fake identity provider; change `groups` or set `disabled` while a test runs. */
export interface IdpUser {
  email: string;
  name: string;
  groups: string[];
  disabled?: boolean;
}

/**
 * A real OpenID provider (`oidc-provider`, the certified implementation) on a loopback port, as a city's
 * Keycloak would be: code flow with PKCE required, refresh tokens, user info with a `groups` claim,
 * RP-initiated logout. Its development login form takes any user name of `users` (and any password);
 * consent is implied, as for a city's own application.
 */
export async function startOidcProvider(users: Record<string, IdpUser>) {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: { redirect: string; home: string }[] = [];
  let provider: Provider | undefined;
  const make = () =>
    new Provider(issuer, {
      clients: clients.map((c, i) => ({
        client_id: `rathaus-${i}`,
        client_secret: 'rathaus-test-secret',
        redirect_uris: [c.redirect],
        post_logout_redirect_uris: [c.home],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      })),
      async findAccount(_ctx, sub) {
        const user = users[sub];
        if (!user || user.disabled) return undefined;
        return {
          accountId: sub,
          async claims() {
            return { sub, email: user.email, email_verified: true, name: user.name, groups: user.groups };
          },
        };
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
      scopes: ['openid', 'email', 'profile', 'groups', 'offline_access'],
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      issueRefreshToken: async () => true,
      async loadExistingGrant(ctx) {
        const grant = new ctx.oidc.provider.Grant({
          clientId: ctx.oidc.client!.clientId,
          accountId: ctx.oidc.session!.accountId!,
        });
        grant.addOIDCScope('openid email profile groups');
        await grant.save();
        return grant;
      },
      cookies: { keys: ['rathaus-test-cookie-key'] },
    });
  server.on('request', (req, res) => {
    if (!provider) {
      res.writeHead(503);
      res.end();
      return;
    }
    provider.callback()(req, res);
  });
  return {
    issuer,
    /** Registers Rathaus at one origin as a client; returns its id. */
    register(origin: string) {
      clients.push({
        redirect: `${origin}/anmelden/dienstkonto/zurueck`,
        home: `${origin}/?hinweis=loggedOut`,
      });
      provider = make();
      return { clientId: `rathaus-${clients.length - 1}`, clientSecret: 'rathaus-test-secret' };
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
