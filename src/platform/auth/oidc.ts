import * as client from 'openid-client';

/** The installation's OpenID provider (Keycloak as the city's broker, usually), from the environment. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Plain http for a provider on this machine (tests, a first try); never in production. */
  allowHttp: boolean;
}

/** Claims of the ID token (and the user info), as the provider sent them. */
export type OidcClaims = Record<string, unknown> & { iss: string; sub: string };

/** The provider refused to confirm the person (account disabled or deleted, session ended there). */
export class OidcRefused extends Error {
  override name = 'OidcRefused';
}

/** The tokens of one sign-in, and what the provider says about the person. */
export interface OidcSignIn {
  claims: OidcClaims;
  idToken: string | undefined;
  refreshToken: string | undefined;
}

/**
 * OpenID Connect for staff sign-in (openid-client): the authorization code flow with PKCE, `state` and
 * `nonce`; a refresh of the tokens to learn whether the person still may (and with which groups); the
 * provider's logout. Discovery runs once, on first use, and again after it failed.
 */
export class OidcClient {
  private config: Promise<client.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  private configuration(): Promise<client.Configuration> {
    this.config ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        this.config = undefined;
        throw err;
      });
    return this.config;
  }

  /** Where to send the browser, and what the callback must find again (kept in the session). */
  async start(redirectUri: string) {
    const config = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, pending: { state, nonce, verifier } };
  }

  /** Redeems the code of the callback address; refuses a wrong state or nonce, or a replayed code. */
  async finish(
    callbackUrl: URL,
    pending: { state: string; nonce: string; verifier: string },
  ): Promise<OidcSignIn> {
    const config = await this.configuration();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return this.signInOf(config, tokens);
  }

  /** Asks the provider again with the refresh token: the person's current claims, or OidcRefused. */
  async refresh(refreshToken: string): Promise<OidcSignIn> {
    const config = await this.configuration();
    try {
      const tokens = await client.refreshTokenGrant(config, refreshToken);
      return await this.signInOf(config, tokens, refreshToken);
    } catch (err) {
      // invalid_grant: the provider ended the session or the person (disabled, deleted, logged out).
      if (err instanceof client.ResponseBodyError && err.error === 'invalid_grant')
        throw new OidcRefused(err.error_description ?? 'The identity provider refused the session.');
      throw err;
    }
  }

  /**
   * The provider's logout address (RP-initiated logout), when it has one: `lang` for the provider's page,
   * `state` what comes back with the person to the one registered return address.
   */
  async logoutUrl(
    idToken: string | undefined,
    postLogoutRedirectUri: string,
    opts: { lang?: string; state?: string | undefined } = {},
  ): Promise<string | undefined> {
    const config = await this.configuration();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : { client_id: this.settings.clientId }),
      ...(opts.lang ? { ui_locales: opts.lang } : {}),
      ...(opts.state ? { state: opts.state } : {}),
    }).href;
  }

  /** Whether the provider answers its discovery document (`rathaus doctor`). */
  async check(): Promise<string> {
    const config = await this.configuration();
    return config.serverMetadata().issuer;
  }

  private async signInOf(
    config: client.Configuration,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
    previousRefresh?: string,
  ): Promise<OidcSignIn> {
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcRefused('The identity provider sent no ID token.');
    // Groups and names may come only with the user info (Keycloak's mappers decide): both, ID token first.
    let info: Record<string, unknown> = {};
    if (config.serverMetadata().userinfo_endpoint)
      info = (await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)) as Record<
        string,
        unknown
      >;
    return {
      claims: { ...info, ...idClaims } as OidcClaims,
      idToken: tokens.id_token,
      refreshToken: tokens.refresh_token ?? previousRefresh,
    };
  }
}
