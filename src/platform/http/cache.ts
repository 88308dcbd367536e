/**
 * An in-process cache of anonymous GET responses (public pages, public API). Any successful change in a
 * tenant drops that tenant's entries; a short time-to-live bounds staleness from writes made by other
 * processes (CLI or a second app process on PostgreSQL).
 */
export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  storedAt: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, Map<string, CachedResponse>>();
  private readonly values = new Map<string, Map<string, { at: number; value: Promise<unknown> }>>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxPerTenant = 2_000,
  ) {}

  get(tenantId: string, key: string): CachedResponse | undefined {
    const hit = this.entries.get(tenantId)?.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.storedAt > this.ttlMs) {
      this.entries.get(tenantId)?.delete(key);
      return undefined;
    }
    return hit;
  }

  set(tenantId: string, key: string, value: CachedResponse): void {
    let m = this.entries.get(tenantId);
    if (!m) {
      m = new Map();
      this.entries.set(tenantId, m);
    }
    if (m.size >= this.maxPerTenant) {
      const oldest = m.keys().next().value;
      if (oldest !== undefined) m.delete(oldest);
    }
    m.set(key, value);
  }

  /**
   * Reference data a tenant's pages read on every request (strategy tree, org chart), loaded once and
   * dropped with the responses on any change.
   */
  value<T>(tenantId: string, key: string, load: () => Promise<T>): Promise<T> {
    let m = this.values.get(tenantId);
    if (!m) {
      m = new Map();
      this.values.set(tenantId, m);
    }
    const hit = m.get(key);
    if (hit && Date.now() - hit.at <= this.ttlMs) return hit.value as Promise<T>;
    const value = load();
    m.set(key, { at: Date.now(), value });
    value.catch(() => m.delete(key));
    return value;
  }

  invalidate(tenantId: string): void {
    this.entries.delete(tenantId);
    this.values.delete(tenantId);
  }
}
