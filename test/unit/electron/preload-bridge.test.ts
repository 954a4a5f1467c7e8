// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type SessionDeskBridge } from '../../../common/bridge-contract';
import { createBridge, type Invoke } from '../../../electron/preload/bridge';

function setup() {
  const invoke = vi.fn<Invoke>(async (channel) => `answer from ${channel}`);
  return { invoke, bridge: createBridge(invoke) };
}

describe('the preload bridge', () => {
  it('has exactly one function per channel of the contract, and nothing else', () => {
    const { bridge } = setup();
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('cannot be modified by the page', () => {
    const { bridge } = setup();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(Object.keys(IPC_CHANNELS) as Array<keyof typeof IPC_CHANNELS>)('%s invokes its own channel with at most the one payload', async (method) => {
    const { bridge, invoke } = setup();
    const payload = { marker: method };
    const call = bridge[method] as (...args: unknown[]) => Promise<unknown>;
    await expect(call(payload, 'smuggled second argument')).resolves.toBe(`answer from ${IPC_CHANNELS[method]}`);
    expect(invoke).toHaveBeenCalledOnce();
    const args = invoke.mock.calls[0] ?? [];
    expect(args[0]).toBe(IPC_CHANNELS[method]);
    expect(args.length).toBeLessThanOrEqual(2);
    expect(args).not.toContain('smuggled second argument');
  });

  it('sends methods without a request with no payload at all', async () => {
    const { bridge, invoke } = setup();
    await bridge.appInfo();
    await bridge.listPrinters();
    expect(invoke.mock.calls).toEqual([[IPC_CHANNELS.appInfo], [IPC_CHANNELS.listPrinters]]);
  });

  it('passes a request on unchanged', async () => {
    const { bridge, invoke } = setup();
    const request: Parameters<SessionDeskBridge['writeBackup']>[0] = { seriesId: 'a1b2', reason: 'auto', json: '{}' };
    await bridge.writeBackup(request);
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.writeBackup, request);
  });
});
