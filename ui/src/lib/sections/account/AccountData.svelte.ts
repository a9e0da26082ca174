// The account's inboxes, segments and agents, asked of the agent once and shared by the
// Segments, Channels and Team sections.
import type { AgentInfo, InboxInfo, Response, Role, SegmentInfo } from '../../bindings';
import { request, toIpcError } from '../../agent';
import { LoadOnce } from '../loadOnce.svelte';

type Lists = Extract<Response, { type: 'account' }>;

function listsOf(response: Response): Lists {
  if (response?.type !== 'account') throw toIpcError(null);
  return response;
}

export class AccountData {
  /** The lists, asked for when the first of the three sections is shown (`LoadGate`). */
  readonly lists = new LoadOnce<Lists>(async () => listsOf(await request({ type: 'get_account' })));

  get inboxes(): InboxInfo[] {
    return this.lists.value?.inboxes ?? [];
  }

  get segments(): SegmentInfo[] {
    return this.lists.value?.segments ?? [];
  }

  get agents(): AgentInfo[] {
    return this.lists.value?.agents ?? [];
  }

  /**
   * Changes an agent's role and takes the lists the agent answers with. Rejects with an
   * IpcError fit to show (e.g. the server refuses: not an administrator).
   */
  setRole(agentId: number, role: Role): Promise<void> {
    return this.lists.update(async () => listsOf(await request({ type: 'set_agent_role', agent_id: agentId, role })));
  }
}
