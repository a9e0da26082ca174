// The account's inboxes, segments and agents, asked of the agent once and shared by the
// Segments, Channels and Team sections.
import type { AgentInfo, InboxInfo, IpcError, Response, Role, SegmentInfo } from '../../bindings';
import { request, toIpcError } from '../../agent';

type Lists = Extract<Response, { type: 'account' }>;

function listsOf(response: Response): Lists {
  if (response?.type !== 'account') throw toIpcError(null);
  return response;
}

export class AccountData {
  inboxes = $state<InboxInfo[]>([]);
  segments = $state<SegmentInfo[]>([]);
  agents = $state<AgentInfo[]>([]);
  /** Whether the lists have been had at least once. */
  loaded = $state(false);
  /** A `get_account` request is on its way. */
  loading = $state(false);
  /** Why the lists could not be had (cleared by a successful reload). */
  error = $state<IpcError | null>(null);

  #started = false;
  /** Each answer carries the number of its request: an older one never overwrites a newer. */
  #asked = 0;
  #applied = 0;
  /** `get_account` requests on their way. */
  #inFlight = 0;

  /** Asks for the lists the first time only; the sections call it when they appear. */
  load(): Promise<void> {
    if (this.#started) return Promise.resolve();
    return this.reload();
  }

  /** Asks again (the "Try again" button). */
  async reload(): Promise<void> {
    this.#started = true;
    const ask = ++this.#asked;
    this.#inFlight += 1;
    this.loading = true;
    this.error = null;
    try {
      this.#take(ask, listsOf(await request({ type: 'get_account' })));
    } catch (e) {
      if (ask > this.#applied) this.error = toIpcError(e);
    } finally {
      this.#inFlight -= 1;
      this.loading = this.#inFlight > 0;
    }
  }

  /**
   * Changes an agent's role and takes the lists the agent answers with. Rejects with an
   * IpcError fit to show (e.g. the server refuses: not an administrator).
   */
  async setRole(agentId: number, role: Role): Promise<void> {
    const ask = ++this.#asked;
    try {
      this.#take(ask, listsOf(await request({ type: 'set_agent_role', agent_id: agentId, role })));
    } catch (e) {
      throw toIpcError(e);
    }
  }

  #take(ask: number, lists: Lists) {
    if (ask < this.#applied) return;
    this.#applied = ask;
    this.inboxes = lists.inboxes;
    this.segments = lists.segments;
    this.agents = lists.agents;
    this.loaded = true;
    this.error = null;
  }
}
